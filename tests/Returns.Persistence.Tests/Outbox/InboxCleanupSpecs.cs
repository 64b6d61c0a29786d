using MassTransit;
using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Outbox;

public sealed class InboxCleanupSpecs
{
    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Inbox_rows_past_the_window_are_removed_and_rows_within_it_stay(DatabaseProvider provider)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.Create(provider);
        await using var service = await OutboxHarness.StartAsync(database, clock);
        var oldNote = Guid.NewGuid();
        var oldMessage = NewId.NextGuid();
        var recentMessage = NewId.NextGuid();

        await service.Send(new RecordNote(oldNote, "old"), oldMessage);
        await OutboxHarness.Eventually(() => service.TimesHandled(oldMessage) == 1, "old message consumed");
        clock.Advance(TimeSpan.FromMinutes(31));
        await service.Send(new RecordNote(Guid.NewGuid(), "recent"), recentMessage);
        await OutboxHarness.Eventually(() => service.TimesHandled(recentMessage) == 1, "recent message consumed");

        await OutboxHarness.Eventually(
            async () => await service.Query(db => db.Set<InboxState>().CountAsync()) == 1,
            "the row past the 30-minute window removed");
        (await service.Query(db => db.Set<InboxState>().Select(x => x.MessageId).SingleAsync())).ShouldBe(recentMessage);

        // Past the window a redelivery is a new message again: that is what the window means.
        await service.Send(new RecordNote(oldNote, "old"), oldMessage);
        await OutboxHarness.Eventually(() => service.TimesHandled(oldMessage) == 2, "old message delivered again");
        (await service.Query(db => db.Notes.CountAsync(x => x.NoteId == oldNote))).ShouldBe(2);
    }
}
