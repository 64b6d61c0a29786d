using System.Collections.Concurrent;
using MassTransit;
using Returns.Orchestrator.StateMachines;

namespace Returns.Benchmarks.Driving;

/// <summary>
/// Tells a round when each of its returns is past NotifyingAndRestocking (email and inventory joined):
/// SchedulingRefund today, RefundPending once the saga holds the refund itself. The state machine says
/// which message moves a return on; that message's consume ending says the move is stored (the repository
/// commits inside the consume). Event-driven, so finding out costs the measured store nothing.
/// </summary>
public sealed class JoinObserver : IStateObserver<ReturnState>, IConsumeObserver
{
    private const string Join = nameof(ReturnStateMachine.NotifyingAndRestocking);

    // The message that moved a return past the join, until its consume has completed.
    private readonly ConcurrentDictionary<Guid, Guid> joining = new();
    private volatile RoundWaiter? round;

    public RoundWaiter Expect(IEnumerable<Guid> returnIds)
    {
        var waiter = new RoundWaiter(returnIds);
        round = waiter;
        return waiter;
    }

    public Task StateChanged(BehaviorContext<ReturnState> context, State currentState, State previousState)
    {
        if (previousState?.Name == Join && currentState.Name != Join && context.MessageId is { } messageId)
        {
            joining[messageId] = context.Saga.CorrelationId;
        }

        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class =>
        Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.MessageId is { } messageId && joining.TryRemove(messageId, out var returnId))
        {
            round?.Passed(returnId);
        }

        return Task.CompletedTask;
    }

    /// <summary>A failed attempt stored nothing; the retry that succeeds marks the return again.</summary>
    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        if (context.MessageId is { } messageId)
        {
            joining.TryRemove(messageId, out _);
        }

        return Task.CompletedTask;
    }
}
