using MassTransit;
using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Outbox;

public sealed class OutboxRecoverySpecs
{
    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Messages_staged_before_a_crash_are_delivered_by_the_delivery_service_after_a_restart(DatabaseProvider provider)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.Create(provider);
        var noteId = Guid.NewGuid();
        var messageId = NewId.NextGuid();

        await using (var crashing = await OutboxHarness.StartAsync(database, clock))
        {
            // The consume pass commits; the first delivery pass fails, as a process dying there would leave it.
            await crashing.Send(new RecordNote(noteId, "staged", FailDelivery: true), messageId);
            await OutboxHarness.Eventually(() => crashing.TimesFaulted(messageId) == 1, "the delivery pass failed");

            var inbox = await crashing.Query(db => db.Set<InboxState>().SingleAsync());
            inbox.Consumed.ShouldNotBeNull();
            inbox.Delivered.ShouldBeNull();
            (await crashing.Query(db => db.Set<OutboxMessage>().CountAsync())).ShouldBe(1);
            (await crashing.Query(db => db.Notes.CountAsync())).ShouldBe(1);
            await Task.Delay(300);
            crashing.Deliveries.Of(noteId).ShouldBe(0, "nothing is delivered before the recovery delay has passed");
        }

        await using var restarted = await OutboxHarness.StartAsync(database, clock);
        clock.Advance(TimeSpan.FromMinutes(2));

        await OutboxHarness.Eventually(() => restarted.Deliveries.Of(noteId) == 1, "NoteRecorded delivered after the restart");
        await OutboxHarness.Eventually(
            async () => await restarted.Query(db => db.Set<InboxState>().AnyAsync(x => x.Delivered != null)),
            "the inbox row marked delivered");
        (await restarted.Query(db => db.Set<OutboxMessage>().CountAsync())).ShouldBe(0);
        await Task.Delay(300);
        restarted.Deliveries.Of(noteId).ShouldBe(1);
        (await restarted.Query(db => db.Notes.CountAsync())).ShouldBe(1, "the consumer did not run again");
    }
}
