using Returns.Contracts.Escalations;
using Returns.Contracts.Status;

namespace Returns.Orchestrator.StateMachines;

/// <summary>
/// What is scheduled for a return, as the status answer shows it. A schedule counts only while its token
/// is set: MassTransit clears the token when the message comes back, and Unschedule clears it too.
/// </summary>
public sealed partial class ReturnStateMachine
{
    private IReadOnlyList<ScheduledAction> ScheduledFor(ReturnState saga)
    {
        var actions = new List<ScheduledAction>();
        if (saga.StepDeadlineTokenId is not null && saga.StepDeadlineAt is { } deadline)
        {
            actions.Add(new ScheduledAction(nameof(StepDeadline), deadline, saga.StepResends == 0
                ? $"No answer from {AwaitedBy(saga)} by then: it is sent once more"
                : $"No answer from {AwaitedBy(saga)} by then (already sent twice): an operator is asked (NeedsAttention)"));
        }

        if (saga.RefundDueTokenId is not null && saga.RefundDueAt is { } refundDue)
        {
            actions.Add(new ScheduledAction(nameof(RefundDue), refundDue,
                $"The refund of {saga.RefundAmount ?? saga.Order?.RefundTotal()} is asked of the payment provider"));
        }
        else if (saga.RefundId is not null && saga.RefundDueAt is { } payout && payout > Now)
        {
            actions.Add(new ScheduledAction("RefundPayout", payout, $"The payment provider pays refund {saga.RefundId} of {saga.RefundAmount}"));
        }

        if (saga.EscalationReminderTokenId is not null && saga.EscalationRemindAt is { } remindAt && !saga.EscalationReminded)
        {
            actions.Add(new ScheduledAction(nameof(EscalationReminder), remindAt,
                $"Operations is reminded of escalation {saga.EscalationId} ({saga.EscalationKind})"));
        }

        if (saga.EscalationExpiryTokenId is not null && saga.EscalationExpiresAt is { } expiresAt)
        {
            var policy = saga.EscalationKind == EscalationKind.Approval ? approvalEscalation : attentionEscalation;
            actions.Add(new ScheduledAction(nameof(EscalationExpiry), expiresAt,
                $"Escalation {saga.EscalationId} ({saga.EscalationKind}) expires unanswered: {policy.OnExpiry}"));
        }

        if (saga.EmailResendTokenId is not null && saga.EmailResendAt is { } resendAt
            && AfterTheEmail.Append(NotifyingAndRestocking).Any(state => state.Name == saga.CurrentState))
        {
            actions.Add(new ScheduledAction(nameof(ConfirmationResend), resendAt,
                $"The confirmation email is tried again ({saga.EmailResends + 1} of {emailResendAttempts})"));
        }

        return actions.OrderBy(a => a.DueAt).ToList();
    }
}
