using MassTransit;
using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Outbox;

public sealed class TransactionalOutboxSpecs
{
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_consumer_commits_its_row_and_its_event_together(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var service = await OutboxHarness.StartAsync(database, Clock);
        var noteId = Guid.NewGuid();
        var messageId = NewId.NextGuid();

        await service.Send(new RecordNote(noteId, "parcel arrived"), messageId);

        await OutboxHarness.Eventually(() => service.Deliveries.Of(noteId) == 1, "NoteRecorded delivered");
        await OutboxHarness.Eventually(() => service.TimesHandled(messageId) == 1, "RecordNote consumed");
        (await service.Query(db => db.Notes.Where(x => x.NoteId == noteId).Select(x => x.Text).ToListAsync())).ShouldBe(["parcel arrived"]);
        var inbox = await service.Query(db => db.Set<InboxState>().SingleAsync(x => x.MessageId == messageId));
        inbox.ReceiveCount.ShouldBe(1);
        inbox.Consumed.ShouldNotBeNull();
        inbox.Delivered.ShouldNotBeNull();
        inbox.LastSequenceNumber.ShouldNotBeNull();
        (await service.Query(db => db.Set<OutboxMessage>().CountAsync())).ShouldBe(0, "delivered messages are removed");
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Messages_beyond_the_delivery_limit_go_out_in_later_passes_each_once_and_their_rows_are_removed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var service = await OutboxHarness.StartAsync(database, Clock, deliveryLimit: 1);
        var noteId = Guid.NewGuid();
        var messageId = NewId.NextGuid();

        // Three captured messages, one per delivery pass: the passes after the first are served from what the
        // consume pass captured and must each pick up after the last one sent.
        await service.Send(new RecordNote(noteId, "three parcels", Copies: 3), messageId);

        await OutboxHarness.Eventually(() => service.TimesHandled(messageId) == 1, "RecordNote consumed");
        await OutboxHarness.Eventually(() => service.Deliveries.Of(noteId) == 3, "three NoteRecorded delivered");
        var inbox = await service.Query(db => db.Set<InboxState>().SingleAsync(x => x.MessageId == messageId));
        inbox.Delivered.ShouldNotBeNull();
        (await service.Query(db => db.Set<OutboxMessage>().CountAsync())).ShouldBe(0, "delivered messages are removed");
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        service.Deliveries.Of(noteId).ShouldBe(3, "no message went out twice");
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_consumer_that_throws_after_staging_leaves_no_row_and_publishes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var service = await OutboxHarness.StartAsync(database, Clock);
        var noteId = Guid.NewGuid();

        await service.Send(new RecordNote(noteId, "doomed", FailAfterStaging: true), NewId.NextGuid());

        (await service.Faulted(noteId)).ShouldBeTrue("the failure surfaces as a Fault<RecordNote>");
        (await service.Query(db => db.Notes.CountAsync())).ShouldBe(0);
        (await service.Query(db => db.Set<OutboxMessage>().CountAsync())).ShouldBe(0);
        (await service.Query(db => db.Set<InboxState>().CountAsync())).ShouldBe(0, "the inbox row rolls back with the consumer");
        await Task.Delay(300);
        service.Deliveries.Of(noteId).ShouldBe(0);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Messages_reach_the_transport_before_their_rows_are_removed_even_behind_the_in_memory_outbox(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var service = await OutboxHarness.StartAsync(database, Clock);
        var rowsAtSend = new RowsAtSend(service.Services);
        using var observing = service.Harness.Bus.ConnectSendObserver(rowsAtSend);
        var noteId = Guid.NewGuid();

        await service.Send(new RecordNote(noteId, "parcel arrived"), NewId.NextGuid());

        await OutboxHarness.Eventually(() => service.Deliveries.Of(noteId) == 1, "NoteRecorded delivered");
        rowsAtSend.Of(service.Deliveries.MessageIdOf(noteId)!.Value).ShouldBe(1);
    }
}
