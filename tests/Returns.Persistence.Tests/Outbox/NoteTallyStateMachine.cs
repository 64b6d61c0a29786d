using MassTransit;

namespace Returns.Persistence.Tests.Outbox;

/// <summary>A saga behind the inbox/outbox, as the orchestrator will be: counts each note's events and announces the first.</summary>
public sealed class NoteTallyStateMachine : MassTransitStateMachine<NoteTally>
{
    public NoteTallyStateMachine()
    {
        InstanceState(x => x.CurrentState);
        Event(() => Recorded, e => e.CorrelateById(x => x.Message.NoteId));

        Initially(
            When(Recorded)
                .Then(x => x.Saga.Count = 1)
                .Publish(x => new NoteTallied(x.Saga.CorrelationId))
                .TransitionTo(Tallied));
        During(Tallied, When(Recorded).Then(x => x.Saga.Count++));
    }

    public State Tallied { get; private set; } = null!;

    public Event<NoteRecorded> Recorded { get; private set; } = null!;
}
