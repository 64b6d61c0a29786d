using MassTransit;
using Returns.Contracts.Decisions;

namespace Returns.Orchestrator.StateMachines;

public sealed partial class ReturnStateMachine
{
    private void DefineDecisions()
    {
        During(AwaitingApproval,
            When(ApproveReturn, c => DecisionProblem(c.Message.Actor, c.Message.Reason) is null)
                .Then(c => c.Saga.Note($"Approved: {c.Message.Reason}", c.Message.Actor))
                .Respond(c => Accepted(c.Saga, nameof(ApproveReturn), CreatingLabel))
                .Send(CreateLabelQueue, c => StepCommands.CreateLabel(c.Saga))
                .TransitionTo(CreatingLabel),
            When(DenyReturn, c => DecisionProblem(c.Message.Actor, c.Message.Reason) is null)
                .Then(c =>
                {
                    c.Saga.StatusReason = $"Denied by {c.Message.Actor}: {c.Message.Reason}";
                    c.Saga.Note(c.Saga.StatusReason, c.Message.Actor);
                })
                .Respond(c => Accepted(c.Saga, nameof(DenyReturn), Rejected))
                .Send(RejectionQueue, c => StepCommands.Rejection(c.Saga))
                .TransitionTo(Rejected));

        During(NeedsAttention,
            When(RetryReturnStep, c => DecisionProblem(c.Message.Actor, c.Message.Reason) is null)
                .Then(c => c.Saga.Note($"Retry of {c.Saga.FailedStep}: {c.Message.Reason}", c.Message.Actor))
                .Respond(c => Accepted(c.Saga, nameof(RetryReturnStep), StateAfterRetry(c.Saga)))
                .ThenRetryFailedStep(this));

        During([AwaitingApproval, NeedsAttention, RefundPending],
            When(CancelReturn, c => DecisionProblem(c.Message.Actor, c.Message.Reason) is null)
                .Then(c => BeginCancellation(c.Saga, $"Cancelled by {c.Message.Actor}: {c.Message.Reason}", c.Message.Actor))
                .Respond(c => Accepted(c.Saga, nameof(CancelReturn), c.Saga.NextCompensation() is null ? Cancelled : Compensating))
                .Unschedule(RefundDue)
                .ThenCompensateNext(this));

        During(NeedsAttention,
            When(ResolveReturn, c => DecisionProblem(c.Message.Actor, c.Message.Reason) is null)
                .Then(c =>
                {
                    c.Saga.StatusReason = $"Resolved by {c.Message.Actor}: {c.Message.Reason}";
                    c.Saga.FailedStep = null;
                    c.Saga.Note(c.Saga.StatusReason, c.Message.Actor);
                })
                .Respond(c => Accepted(c.Saga, nameof(ResolveReturn), Resolved))
                .TransitionTo(Resolved));

        Refuse(ApproveReturn, nameof(ApproveReturn), m => (m.Actor, m.Reason), AwaitingApproval);
        Refuse(DenyReturn, nameof(DenyReturn), m => (m.Actor, m.Reason), AwaitingApproval);
        Refuse(RetryReturnStep, nameof(RetryReturnStep), m => (m.Actor, m.Reason), NeedsAttention);
        Refuse(CancelReturn, nameof(CancelReturn), m => (m.Actor, m.Reason), AwaitingApproval, NeedsAttention, RefundPending);
        Refuse(ResolveReturn, nameof(ResolveReturn), m => (m.Actor, m.Reason), NeedsAttention);
    }

    /// <summary>
    /// Readies a return for compensation on a person's (or the service level's) say-so. Inventory that did not
    /// answer in time may still have marked the items, and taking the mark back is harmless when it did not,
    /// so it is undone as if it had; a failed compensation being cancelled means a person handled it by hand.
    /// </summary>
    private void BeginCancellation(ReturnState saga, string reason, string actor)
    {
        if (saga.FailedStep == ReturnSteps.Inventory)
        {
            saga.MarkCompleted(ReturnSteps.Inventory);
        }

        if (ReturnSteps.IsCompensation(saga.FailedStep) && saga.CompletedSteps.Count > 0)
        {
            saga.Record(Now, nameof(CancelReturn), $"{saga.FailedStep} skipped: handled by hand", actor);
            saga.CompletedSteps.RemoveAt(saga.CompletedSteps.Count - 1);
        }

        saga.FailedStep = null;
        saga.StatusReason = reason;
        saga.CancellationReason = reason;
        saga.Note(reason, actor);
    }

    /// <summary>Resends the step that failed; a failed compensation resumes compensation where it stopped.</summary>
    internal EventActivityBinder<ReturnState, T> RetryFailedStep<T>(EventActivityBinder<ReturnState, T> binder)
        where T : class =>
        binder
            .If(c => c.Saga.FailedStep == ReturnSteps.Validate, b => b
                .Send(ValidateOrderQueue, c => StepCommands.Validate(c.Saga))
                .TransitionTo(Validating))
            .If(c => c.Saga.FailedStep == ReturnSteps.Eligibility, b => b
                .Send(CheckEligibilityQueue, c => StepCommands.CheckEligibility(c.Saga))
                .TransitionTo(CheckingEligibility))
            .If(c => c.Saga.FailedStep == ReturnSteps.Label, b => b
                .Send(CreateLabelQueue, c => StepCommands.CreateLabel(c.Saga))
                .TransitionTo(CreatingLabel))
            // Only a step that did not answer in time gets here for these two (their failures compensate).
            .If(c => c.Saga.FailedStep == ReturnSteps.Inventory, b => b
                .Send(MarkItemsQueue, c => StepCommands.MarkItems(c.Saga))
                .TransitionTo(NotifyingAndRestocking))
            .If(c => c.Saga.FailedStep == ReturnSteps.Refund, b => b
                .Send(ScheduleRefundQueue, c => StepCommands.Refund(c.Saga))
                .TransitionTo(SchedulingRefund))
            .If(c => ReturnSteps.IsCompensation(c.Saga.FailedStep), b => b.ThenCompensateNext(this))
            .Then(c =>
            {
                // A resumed compensation still ends with the reason it began with; a resumed step has no problem yet.
                c.Saga.StatusReason = ReturnSteps.IsCompensation(c.Saga.FailedStep) ? c.Saga.CancellationReason : null;
                c.Saga.FailedStep = null;
            });

    private State StateAfterRetry(ReturnState saga) => saga.FailedStep switch
    {
        ReturnSteps.Validate => Validating,
        ReturnSteps.Eligibility => CheckingEligibility,
        ReturnSteps.Label => CreatingLabel,
        ReturnSteps.Inventory => NotifyingAndRestocking,
        ReturnSteps.Refund => SchedulingRefund,
        _ => Compensating,
    };

    /// <summary>
    /// Answers a decision that does not fit: the return's state is wrong, or actor/reason is missing.
    /// The attempt is audited on the timeline and nothing else changes.
    /// </summary>
    private void Refuse<T>(Event<T> decision, string name, Func<T, (string? Actor, string? Reason)> who, params State[] acceptedIn)
        where T : class
    {
        During(EveryStateBut(acceptedIn),
            When(decision).ThenAsync(c => RefuseWith(c, name, who(c.Message), $"A return in {c.Saga.CurrentState} does not take {name}; it applies only in {string.Join(" or ", acceptedIn.Select(s => s.Name))}.")));

        During(acceptedIn,
            When(decision, c => DecisionProblem(who(c.Message).Actor, who(c.Message).Reason) is not null)
                .ThenAsync(c => RefuseWith(c, name, who(c.Message), DecisionProblem(who(c.Message).Actor, who(c.Message).Reason)!)));
    }

    private Task RefuseWith<T>(BehaviorContext<ReturnState, T> context, string name, (string? Actor, string? Reason) who, string reason)
        where T : class
    {
        context.Saga.Record(Now, $"{name} refused", reason, string.IsNullOrWhiteSpace(who.Actor) ? null : who.Actor);
        return context.RespondAsync(new DecisionRefused(context.Saga.CorrelationId, name, context.Saga.CurrentState, reason));
    }

    private static string? DecisionProblem(string? actor, string? reason) =>
        string.IsNullOrWhiteSpace(actor) ? "A decision needs the actor who made it."
        : string.IsNullOrWhiteSpace(reason) ? "A decision needs a reason."
        : null;

    private static DecisionAccepted Accepted(ReturnState saga, string decision, State next) =>
        new(saga.CorrelationId, decision, next.Name);
}
