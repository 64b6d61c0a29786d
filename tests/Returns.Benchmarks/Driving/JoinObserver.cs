using MassTransit;
using Returns.Orchestrator.StateMachines;

namespace Returns.Benchmarks.Driving;

/// <summary>
/// Watches the real state machine for returns leaving NotifyingAndRestocking (email and inventory
/// joined), which is where a round ends: SchedulingRefund today, RefundPending once the saga holds the
/// refund itself. Event-driven, so finding out costs the measured store nothing.
/// </summary>
public sealed class JoinObserver : IStateObserver<ReturnState>
{
    private const string Join = nameof(ReturnStateMachine.NotifyingAndRestocking);

    private volatile RoundWaiter? round;

    public RoundWaiter Expect(IEnumerable<Guid> returnIds)
    {
        var waiter = new RoundWaiter(returnIds);
        round = waiter;
        return waiter;
    }

    public Task StateChanged(BehaviorContext<ReturnState> context, State currentState, State previousState)
    {
        if (previousState?.Name == Join && currentState.Name != Join)
        {
            round?.Passed(context.Saga.CorrelationId);
        }

        return Task.CompletedTask;
    }
}
