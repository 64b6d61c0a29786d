using MassTransit;
using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Outbox;

public sealed class InboxSpecs
{
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task The_same_message_delivered_twice_changes_the_database_once_and_publishes_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var service = await OutboxHarness.StartAsync(database, Clock);
        var noteId = Guid.NewGuid();
        var messageId = NewId.NextGuid();

        await service.Send(new RecordNote(noteId, "first"), messageId);
        await OutboxHarness.Eventually(() => service.TimesHandled(messageId) == 1, "first delivery consumed");
        await service.Send(new RecordNote(noteId, "first"), messageId);
        await OutboxHarness.Eventually(() => service.TimesHandled(messageId) == 2, "redelivery handled");

        await AssertOnceOnly(service, noteId, messageId);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task The_same_message_delivered_twice_at_once_is_consumed_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var service = await OutboxHarness.StartAsync(database, Clock);
        var noteId = Guid.NewGuid();
        var messageId = NewId.NextGuid();

        await Task.WhenAll(
            service.Send(new RecordNote(noteId, "twin"), messageId),
            service.Send(new RecordNote(noteId, "twin"), messageId));
        await OutboxHarness.Eventually(() => service.TimesHandled(messageId) == 2, "both copies handled");

        await AssertOnceOnly(service, noteId, messageId);
    }

    private static async Task AssertOnceOnly(OutboxHarness service, Guid noteId, Guid messageId)
    {
        await OutboxHarness.Eventually(() => service.Deliveries.Of(noteId) >= 1, "NoteRecorded delivered");
        await Task.Delay(300);
        service.Deliveries.Of(noteId).ShouldBe(1);
        service.TimesFaulted(messageId).ShouldBe(0, "the copy is recognised, not failed");
        (await service.Query(db => db.Notes.CountAsync(x => x.NoteId == noteId))).ShouldBe(1);
        var inbox = await service.Query(db => db.Set<InboxState>().SingleAsync(x => x.MessageId == messageId));
        inbox.ReceiveCount.ShouldBe(2);
    }
}
