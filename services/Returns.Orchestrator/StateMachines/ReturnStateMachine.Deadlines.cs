using MassTransit;
using Returns.Contracts;
using Returns.Orchestrator.Deadlines;

namespace Returns.Orchestrator.StateMachines;

/// <summary>
/// Deadlines, kept by MassTransit's Schedule/Unschedule (the durable scheduler in production): every
/// command the saga waits on has a step deadline, and the refund waits for its due date.
/// </summary>
public sealed partial class ReturnStateMachine
{
    public Schedule<ReturnState, StepDeadlinePassed> StepDeadline { get; private set; } = null!;
    public Schedule<ReturnState, RefundFallsDue> RefundDue { get; private set; } = null!;

    private void DeclareSchedules()
    {
        Schedule(() => StepDeadline, saga => saga.StepDeadlineTokenId, s =>
        {
            s.Delay = stepTimeout;
            s.Received = r =>
            {
                r.CorrelateById(m => m.Message.ReturnId);
                r.OnMissingInstance(m => m.Discard());
            };
        });
        Schedule(() => RefundDue, saga => saga.RefundDueTokenId, s =>
        {
            s.Delay = refundDelay;
            s.Received = r =>
            {
                r.CorrelateById(m => m.Message.ReturnId);
                r.OnMissingInstance(m => m.Discard());
            };
        });
    }

    private void DefineDeadlines()
    {
        // Entering a state that waits for a step sets its deadline (replacing any earlier one); entering
        // one that waits for a person, a date or nothing at all clears it.
        foreach (var waiting in (State[])[Validating, CheckingEligibility, CreatingLabel, NotifyingAndRestocking, SchedulingRefund])
        {
            WhenEnter(waiting, binder => binder.ThenAwaitAnswer(this, saga => AwaitedIn(saga.CurrentState)));
        }

        foreach (var idle in (State[])[AwaitingApproval, RefundPending, NeedsAttention, Completed, Rejected, Cancelled])
        {
            WhenEnter(idle, binder => binder
                .Then(c => c.Saga.StepDeadlineAt = null)
                .Unschedule(StepDeadline));
        }

        During(Validating, When(StepDeadline.Received).ThenGiveUpOn(this, _ => ReturnSteps.Validate));
        During(CheckingEligibility, When(StepDeadline.Received).ThenGiveUpOn(this, _ => ReturnSteps.Eligibility));
        During(CreatingLabel, When(StepDeadline.Received).ThenGiveUpOn(this, _ => ReturnSteps.Label));
        During(SchedulingRefund, When(StepDeadline.Received).ThenGiveUpOn(this, _ => ReturnSteps.Refund));
        During(Compensating, When(StepDeadline.Received).ThenGiveUpOn(this, saga => saga.NextCompensation() ?? "compensation"));

        // The confirmation email never holds a return up, so only a silent inventory needs a person.
        During(NotifyingAndRestocking,
            When(StepDeadline.Received)
                .If(c => c.Saga.EmailStatus is null,
                    b => b.Then(c => EmailFailed(c.Saga, StepDeadline.Received.Name, $"no answer by {c.Message.Deadline:u}")))
                .IfElse(c => c.Saga.ItemsMarked,
                    joined => joined.ThenScheduleRefundWhenJoined(this),
                    silent => silent.ThenGiveUpOn(this, _ => ReturnSteps.Inventory)));
    }

    /// <summary>Sets the deadline for the answer the return now waits for (replacing the previous one).</summary>
    internal EventActivityBinder<ReturnState, T> AwaitAnswer<T>(EventActivityBinder<ReturnState, T> binder, Func<ReturnState, string> awaiting)
        where T : class =>
        binder
            .Then(c => c.Saga.StepDeadlineAt = Now + stepTimeout)
            .Schedule(StepDeadline, c => DeadlineFor(c.Saga, awaiting), c => c.Saga.StepDeadlineAt!.Value.UtcDateTime);

    /// <summary>The same for a state's entry, which carries no message.</summary>
    internal EventActivityBinder<ReturnState> AwaitAnswer(EventActivityBinder<ReturnState> binder, Func<ReturnState, string> awaiting) =>
        binder
            .Then(c => c.Saga.StepDeadlineAt = Now + stepTimeout)
            .Schedule(StepDeadline, c => DeadlineFor(c.Saga, awaiting), c => c.Saga.StepDeadlineAt!.Value.UtcDateTime);

    private static StepDeadlinePassed DeadlineFor(ReturnState saga, Func<ReturnState, string> awaiting) =>
        new(saga.CorrelationId, awaiting(saga), saga.StepDeadlineAt!.Value);

    /// <summary>The step did not answer in time: a person decides whether to retry it or cancel the return.</summary>
    internal EventActivityBinder<ReturnState, StepDeadlinePassed> GiveUpOn(
        EventActivityBinder<ReturnState, StepDeadlinePassed> binder, Func<ReturnState, string> step) =>
        binder
            .Then(c => NeedAttention(c.Saga, step(c.Saga), $"no answer within {stepTimeout} (deadline {c.Message.Deadline:u})"))
            .TransitionTo(NeedsAttention);

    private string AwaitedIn(string state) =>
        state == Validating.Name ? ReturnSteps.Validate
        : state == CheckingEligibility.Name ? ReturnSteps.Eligibility
        : state == CreatingLabel.Name ? ReturnSteps.Label
        : state == NotifyingAndRestocking.Name ? $"{ReturnQueues.SendReturnConfirmation} and {ReturnSteps.Inventory}"
        : state == SchedulingRefund.Name ? ReturnSteps.Refund
        : state;
}
