using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Outbox;

public sealed class BusOutboxSpecs
{
    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_publish_outside_a_consumer_is_delivered_after_SaveChanges_and_never_without_it(DatabaseProvider provider)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.Create(provider);
        await using var service = await OutboxHarness.StartAsync(database, clock, wholeService: true);
        var abandoned = Guid.NewGuid();
        var saved = Guid.NewGuid();

        await using (var request = service.Services.CreateAsyncScope())
        {
            await request.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(new NoteRecorded(abandoned, "request failed before saving"));
        }

        await using (var request = service.Services.CreateAsyncScope())
        {
            var db = request.ServiceProvider.GetRequiredService<NotesDbContext>();
            db.Notes.Add(new Note { NoteId = saved, Text = "from the API" });
            await request.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(new NoteRecorded(saved, "from the API"));
            await Task.Delay(200);
            service.Deliveries.Of(saved).ShouldBe(0, "nothing leaves before the caller's SaveChanges");
            await db.SaveChangesAsync();
        }

        await OutboxHarness.Eventually(() => service.Deliveries.Of(saved) == 1, "NoteRecorded delivered after SaveChanges");
        await OutboxHarness.Eventually(
            async () => await service.Query(db => db.Set<OutboxState>().AnyAsync(x => x.Delivered != null)),
            "the batch marked delivered");
        (await service.Query(db => db.Set<OutboxState>().CountAsync())).ShouldBe(1);
        (await service.Query(db => db.Set<OutboxMessage>().CountAsync())).ShouldBe(0);
        await Task.Delay(300);
        service.Deliveries.Of(saved).ShouldBe(1);
        service.Deliveries.Of(abandoned).ShouldBe(0);

        clock.Advance(TimeSpan.FromMinutes(31));
        await OutboxHarness.Eventually(
            async () => await service.Query(db => db.Set<OutboxState>().CountAsync()) == 0,
            "the delivered batch removed after the window");
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_consumer_behind_the_whole_service_outbox_still_commits_once_and_publishes_once(DatabaseProvider provider)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.Create(provider);
        await using var service = await OutboxHarness.StartAsync(database, clock, wholeService: true);
        var noteId = Guid.NewGuid();
        var messageId = NewId.NextGuid();

        await service.Send(new RecordNote(noteId, "inside a consumer"), messageId);
        await service.Send(new RecordNote(noteId, "inside a consumer"), messageId);

        await OutboxHarness.Eventually(() => service.TimesHandled(messageId) == 2, "both copies handled");
        await OutboxHarness.Eventually(() => service.Deliveries.Of(noteId) == 1, "NoteRecorded delivered");
        // The probe counts a delivery inside its consume, a moment before its inbox row commits.
        await OutboxHarness.Eventually(
            async () => await service.Query(db => db.Set<InboxState>().CountAsync()) == 2, "the subscriber's endpoint has its own inbox row");
        (await service.Query(db => db.Set<OutboxState>().CountAsync())).ShouldBe(0, "a consumer's publish goes to its inbox, not to the bus outbox");
        await Task.Delay(300);
        (await service.Query(db => db.Set<InboxState>().CountAsync())).ShouldBe(2, "no third row: nothing else was received");
        service.Deliveries.Of(noteId).ShouldBe(1);
        (await service.Query(db => db.Notes.CountAsync())).ShouldBe(1);
    }
}
