using MassTransit;
using MassTransit.Serialization;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Outbox;

public sealed class SagaInboxSpecs
{
    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_saga_behind_the_outbox_takes_a_redelivered_event_once_and_its_publish_goes_out(DatabaseProvider provider)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.Create(provider);
        await using var service = await OutboxHarness.StartAsync(database, clock, withSaga: true);
        var sagas = service.Harness.GetSagaStateMachineHarness<NoteTallyStateMachine, NoteTally>();
        var noteId = Guid.NewGuid();
        var messageId = NewId.NextGuid();

        await service.Harness.Bus.Publish(new NoteRecorded(noteId, "once"), x => x.MessageId = messageId);
        (await sagas.Exists(noteId, machine => machine.Tallied)).ShouldNotBeNull();
        await service.Harness.Bus.Publish(new NoteRecorded(noteId, "once"), x => x.MessageId = messageId);

        await OutboxHarness.Eventually(
            async () => await service.Query(db => db.Set<InboxState>().AnyAsync(x => x.MessageId == messageId && x.ReceiveCount == 2 && x.Delivered != null)),
            "the saga's inbox row saw both copies");
        sagas.Sagas.Contains(noteId)!.Count.ShouldBe(1);
        (await service.Harness.Sent.Any<SerializedMessageBody>(x => x.Context.DestinationAddress!.AbsolutePath.EndsWith(":NoteTallied"))).ShouldBeTrue();
        (await service.Query(db => db.Set<OutboxMessage>().CountAsync())).ShouldBe(0);
    }
}
