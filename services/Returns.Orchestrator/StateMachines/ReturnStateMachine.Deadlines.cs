using System.Linq.Expressions;
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
        Reminder(() => StepDeadline, saga => saga.StepDeadlineTokenId, stepTimeout);
        Reminder(() => RefundDue, saga => saga.RefundDueTokenId, refundDelay);
    }

    /// <summary>
    /// Declares a schedule whose message comes back to the return it names (and is dropped if the return is
    /// gone). The delay is only MassTransit's default: every Schedule here passes the exact time.
    /// </summary>
    private void Reminder<T>(Expression<Func<Schedule<ReturnState, T>>> schedule, Expression<Func<ReturnState, Guid?>> token, TimeSpan delay)
        where T : class, IReturnReminder =>
        Schedule(schedule, token, s =>
        {
            s.Delay = delay;
            s.Received = r =>
            {
                r.CorrelateById(m => m.Message.ReturnId);
                r.OnMissingInstance(m => m.Discard());
            };
        });

    private void DefineDeadlines()
    {
        // Entering a state that waits for a step sets its deadline (replacing any earlier one); entering
        // one that waits for a person, a date or nothing at all clears it.
        foreach (var waiting in (State[])[Validating, CheckingEligibility, CreatingLabel, NotifyingAndRestocking, SchedulingRefund])
        {
            WhenEnter(waiting, binder => binder.ThenAwaitAnswer(this, AwaitedBy));
        }

        foreach (var idle in (State[])[AwaitingApproval, RefundPending, NeedsAttention, Completed, Rejected, Cancelled, Resolved])
        {
            WhenEnter(idle, binder => binder
                .Then(c => c.Saga.StepDeadlineAt = null)
                .Unschedule(StepDeadline));
        }

        // A first silence may be a lost message: the step is sent once more (steps are idempotent) with a
        // new deadline. A second one needs a person, who may retry the step or cancel the return. (One When
        // per state: filtered Whens on the same event would all run, the second seeing the first's count.)
        During(Validating, When(StepDeadline.Received).ThenResendOrGiveUpOn(this, _ => ReturnSteps.Validate));
        During(CheckingEligibility, When(StepDeadline.Received).ThenResendOrGiveUpOn(this, _ => ReturnSteps.Eligibility));
        During(CreatingLabel, When(StepDeadline.Received).ThenResendOrGiveUpOn(this, _ => ReturnSteps.Label));
        During(SchedulingRefund, When(StepDeadline.Received).ThenResendOrGiveUpOn(this, _ => ReturnSteps.Refund));
        During(Compensating, When(StepDeadline.Received).ThenResendOrGiveUpOn(this, saga => saga.NextCompensation() ?? "compensation"));

        // The confirmation email never holds a return up, so only a silent inventory needs a person.
        During(NotifyingAndRestocking,
            When(StepDeadline.Received)
                .IfElse(c => c.Saga.StepResends == 0,
                    first => first.ThenResendAwaitedStep(this),
                    again => again
                        .If(c => c.Saga.EmailStatus is null,
                            b => b
                                .Then(c => EmailFailed(c.Saga, StepDeadline.Received.Name, $"no answer by {c.Message.Deadline:u}"))
                                .ThenResendConfirmationLater(this))
                        .IfElse(c => c.Saga.ItemsMarked,
                            joined => joined.ThenScheduleRefundWhenJoined(this),
                            silent => silent.ThenGiveUpOn(this, _ => ReturnSteps.Inventory))));
    }

    /// <summary>The first silence sends the step again; the second asks a person about <paramref name="step"/>.</summary>
    internal EventActivityBinder<ReturnState, StepDeadlinePassed> ResendOrGiveUpOn(
        EventActivityBinder<ReturnState, StepDeadlinePassed> binder, Func<ReturnState, string> step) =>
        binder.IfElse(c => c.Saga.StepResends == 0,
            first => first.ThenResendAwaitedStep(this),
            again => again.ThenGiveUpOn(this, step));

    /// <summary>Sends again what the return is still waiting for, once, and sets a new deadline for it.</summary>
    internal EventActivityBinder<ReturnState, StepDeadlinePassed> ResendAwaitedStep(EventActivityBinder<ReturnState, StepDeadlinePassed> binder) =>
        binder
            .If(c => c.Saga.CurrentState == Validating.Name, b => b.Send(ValidateOrderQueue, c => StepCommands.Validate(c.Saga)))
            .If(c => c.Saga.CurrentState == CheckingEligibility.Name, b => b.Send(CheckEligibilityQueue, c => StepCommands.CheckEligibility(c.Saga)))
            .If(c => c.Saga.CurrentState == CreatingLabel.Name, b => b.Send(CreateLabelQueue, c => StepCommands.CreateLabel(c.Saga)))
            .If(c => c.Saga.CurrentState == NotifyingAndRestocking.Name && c.Saga.EmailStatus is null,
                b => b.Send(ConfirmationQueue, c => StepCommands.Confirmation(c.Saga)))
            .If(c => c.Saga.CurrentState == NotifyingAndRestocking.Name && !c.Saga.ItemsMarked,
                b => b.Send(MarkItemsQueue, c => StepCommands.MarkItems(c.Saga)))
            .If(c => c.Saga.CurrentState == SchedulingRefund.Name, b => b.Send(ScheduleRefundQueue, c => StepCommands.Refund(c.Saga)))
            .If(c => c.Saga.CurrentState == Compensating.Name, b => b.ThenSendNextCompensation(this))
            .ThenAwaitAnswer(this, AwaitedBy)
            .Then(c =>
            {
                c.Saga.StepResends = 1;
                c.Saga.Record(Now, c.Event.Name, $"No answer from {c.Message.Awaiting} by {c.Message.Deadline:u}: sent again");
            });

    /// <summary>Sets the deadline for the answer the return now waits for (replacing the previous one).</summary>
    internal EventActivityBinder<ReturnState, T> AwaitAnswer<T>(EventActivityBinder<ReturnState, T> binder, Func<ReturnState, string> awaiting)
        where T : class =>
        binder
            .Then(c => NewDeadline(c.Saga))
            .Schedule(StepDeadline, c => DeadlineFor(c.Saga, awaiting), c => c.Saga.StepDeadlineAt!.Value.UtcDateTime);

    /// <summary>The same for a state's entry, which carries no message.</summary>
    internal EventActivityBinder<ReturnState> AwaitAnswer(EventActivityBinder<ReturnState> binder, Func<ReturnState, string> awaiting) =>
        binder
            .Then(c => NewDeadline(c.Saga))
            .Schedule(StepDeadline, c => DeadlineFor(c.Saga, awaiting), c => c.Saga.StepDeadlineAt!.Value.UtcDateTime);

    // A new deadline starts a step's count of resends afresh; the resend itself counts after setting it.
    private void NewDeadline(ReturnState saga)
    {
        saga.StepDeadlineAt = Now + stepTimeout;
        saga.StepResends = 0;
    }

    private static StepDeadlinePassed DeadlineFor(ReturnState saga, Func<ReturnState, string> awaiting) =>
        new(saga.CorrelationId, awaiting(saga), saga.StepDeadlineAt!.Value);

    /// <summary>The step did not answer in time: a person decides whether to retry it or cancel the return.</summary>
    internal EventActivityBinder<ReturnState, StepDeadlinePassed> GiveUpOn(
        EventActivityBinder<ReturnState, StepDeadlinePassed> binder, Func<ReturnState, string> step) =>
        binder
            .Then(c => NeedAttention(c.Saga, step(c.Saga), $"no answer within {stepTimeout}, sent twice (last deadline {c.Message.Deadline:u})"))
            .TransitionTo(NeedsAttention);

    /// <summary>What a return in its current state is waiting for, as the timeline and the deadline message name it.</summary>
    private string AwaitedBy(ReturnState saga) =>
        saga.CurrentState == Validating.Name ? ReturnSteps.Validate
        : saga.CurrentState == CheckingEligibility.Name ? ReturnSteps.Eligibility
        : saga.CurrentState == CreatingLabel.Name ? ReturnSteps.Label
        : saga.CurrentState == NotifyingAndRestocking.Name ? $"{ReturnQueues.SendReturnConfirmation} and {ReturnSteps.Inventory}"
        : saga.CurrentState == SchedulingRefund.Name ? ReturnSteps.Refund
        : saga.NextCompensation() ?? saga.CurrentState;
}
