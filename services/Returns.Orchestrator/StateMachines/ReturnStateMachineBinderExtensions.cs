using MassTransit;
using Returns.Orchestrator.Deadlines;
using Returns.Orchestrator.Escalations;

namespace Returns.Orchestrator.StateMachines;

/// <summary>Lets the shared activity chains of the machine read like any other activity in a When(...) block.</summary>
internal static class ReturnStateMachineBinderExtensions
{
    public static EventActivityBinder<ReturnState, T> ThenScheduleRefundWhenJoined<T>(
        this EventActivityBinder<ReturnState, T> binder, ReturnStateMachine machine)
        where T : class => machine.ScheduleRefundWhenJoined(binder);

    public static EventActivityBinder<ReturnState, T> ThenCompensateNext<T>(
        this EventActivityBinder<ReturnState, T> binder, ReturnStateMachine machine)
        where T : class => machine.CompensateNext(binder);

    public static EventActivityBinder<ReturnState, T> ThenCompensated<T>(
        this EventActivityBinder<ReturnState, T> binder,
        ReturnStateMachine machine,
        string step,
        Func<BehaviorContext<ReturnState, T>, string> details)
        where T : class => machine.Compensated(binder, step, details);

    public static EventActivityBinder<ReturnState, T> ThenRetryFailedStep<T>(
        this EventActivityBinder<ReturnState, T> binder, ReturnStateMachine machine)
        where T : class => machine.RetryFailedStep(binder);

    public static EventActivityBinder<ReturnState, T> ThenAwaitAnswer<T>(
        this EventActivityBinder<ReturnState, T> binder, ReturnStateMachine machine, Func<ReturnState, string> awaiting)
        where T : class => machine.AwaitAnswer(binder, awaiting);

    public static EventActivityBinder<ReturnState> ThenAwaitAnswer(
        this EventActivityBinder<ReturnState> binder, ReturnStateMachine machine, Func<ReturnState, string> awaiting) =>
        machine.AwaitAnswer(binder, awaiting);

    public static EventActivityBinder<ReturnState, StepDeadlinePassed> ThenGiveUpOn(
        this EventActivityBinder<ReturnState, StepDeadlinePassed> binder, ReturnStateMachine machine, Func<ReturnState, string> step) =>
        machine.GiveUpOn(binder, step);

    public static EventActivityBinder<ReturnState, StepDeadlinePassed> ThenResendAwaitedStep(
        this EventActivityBinder<ReturnState, StepDeadlinePassed> binder, ReturnStateMachine machine) =>
        machine.ResendAwaitedStep(binder);

    public static EventActivityBinder<ReturnState, T> ThenSendNextCompensation<T>(
        this EventActivityBinder<ReturnState, T> binder, ReturnStateMachine machine)
        where T : class => machine.SendNextCompensation(binder);

    public static EventActivityBinder<ReturnState, StepDeadlinePassed> ThenResendOrGiveUpOn(
        this EventActivityBinder<ReturnState, StepDeadlinePassed> binder, ReturnStateMachine machine, Func<ReturnState, string> step) =>
        machine.ResendOrGiveUpOn(binder, step);

    public static EventActivityBinder<ReturnState, EscalationExpired> ThenApplyExpiry(
        this EventActivityBinder<ReturnState, EscalationExpired> binder, ReturnStateMachine machine, EscalationPolicy policy) =>
        machine.ApplyExpiry(binder, policy);

    public static EventActivityBinder<ReturnState, T> ThenResendConfirmationLater<T>(
        this EventActivityBinder<ReturnState, T> binder, ReturnStateMachine machine)
        where T : class => machine.ResendConfirmationLater(binder);
}
