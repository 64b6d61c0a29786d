using MassTransit;

namespace Returns.Persistence.Tests.Scheduling;

/// <summary>A small saga with a long timeout, the shape the orchestrator needs: Schedule, Unschedule, reschedule.</summary>
public sealed class ParcelWatchStateMachine : MassTransitStateMachine<ParcelWatch>
{
    public static readonly TimeSpan Patience = TimeSpan.FromDays(7);
    public static readonly TimeSpan ExtendedPatience = TimeSpan.FromDays(14);

    public ParcelWatchStateMachine()
    {
        InstanceState(x => x.CurrentState);

        Event(() => Started, e => e.CorrelateById(m => m.Message.WatchId));
        Event(() => Arrived, e => e.CorrelateById(m => m.Message.WatchId));
        Event(() => Extended, e => e.CorrelateById(m => m.Message.WatchId));
        Schedule(() => ArrivalTimeout, x => x.ArrivalTimeoutTokenId, s =>
        {
            s.Delay = Patience;
            s.Received = r => r.CorrelateById(m => m.Message.WatchId);
        });

        Initially(
            When(Started)
                .Schedule(ArrivalTimeout, c => new ParcelOverdue(c.Saga.CorrelationId))
                .TransitionTo(Waiting));

        During(Waiting,
            When(Arrived)
                .Unschedule(ArrivalTimeout)
                .TransitionTo(Received),
            When(Extended)
                .Schedule(ArrivalTimeout, c => new ParcelOverdue(c.Saga.CorrelationId), _ => ExtendedPatience),
            When(ArrivalTimeout.Received)
                .TransitionTo(Overdue));
    }

    public State Waiting { get; private set; } = null!;
    public State Received { get; private set; } = null!;
    public State Overdue { get; private set; } = null!;

    public Event<WatchParcel> Started { get; private set; } = null!;
    public Event<ParcelArrived> Arrived { get; private set; } = null!;
    public Event<ExtendWatch> Extended { get; private set; } = null!;
    public Schedule<ParcelWatch, ParcelOverdue> ArrivalTimeout { get; private set; } = null!;
}
