using MassTransit;
using Returns.Contracts;
using Returns.Contracts.Escalations;
using Returns.Orchestrator.Deadlines;
using Returns.Orchestrator.Escalations;

namespace Returns.Orchestrator.StateMachines;

/// <summary>
/// Escalations: a return that waits for a person (AwaitingApproval, NeedsAttention) has an open ticket
/// with a service level. The operations mailbox is told when it opens, reminded once, and told when it
/// expires, when the configured outcome is applied; a decision that moves the return on closes it.
/// </summary>
public sealed partial class ReturnStateMachine
{
    private const string SlaActor = "returns-sla";

    private static readonly Uri EscalationNoticeQueue = ReturnQueues.Address(ReturnQueues.SendEscalationNotice);

    public Schedule<ReturnState, EscalationReminderDue> EscalationReminder { get; private set; } = null!;
    public Schedule<ReturnState, EscalationExpired> EscalationExpiry { get; private set; } = null!;

    private void DeclareEscalationSchedules()
    {
        Reminder(() => EscalationReminder, saga => saga.EscalationReminderTokenId, approvalEscalation.RemindAfter);
        Reminder(() => EscalationExpiry, saga => saga.EscalationExpiryTokenId, approvalEscalation.ExpireAfter);
    }

    private void DefineEscalations()
    {
        WhenEnter(AwaitingApproval, binder => OpenEscalation(binder, EscalationKind.Approval, approvalEscalation));
        WhenEnter(NeedsAttention, binder => OpenEscalation(binder, EscalationKind.Attention, attentionEscalation));
        WhenLeave(AwaitingApproval, CloseEscalation);
        WhenLeave(NeedsAttention, CloseEscalation);

        During([AwaitingApproval, NeedsAttention],
            When(EscalationReminder.Received)
                .Then(c =>
                {
                    c.Saga.EscalationReminded = true;
                    c.Saga.Record(Now, c.Event.Name, $"Escalation {c.Saga.EscalationId} still open: operations reminded", SlaActor);
                })
                .Send(EscalationNoticeQueue, c => Notice(c.Saga, EscalationNotice.Reminder)));

        During(AwaitingApproval, When(EscalationExpiry.Received).ThenApplyExpiry(this, approvalEscalation));
        During(NeedsAttention, When(EscalationExpiry.Received).ThenApplyExpiry(this, attentionEscalation));
    }

    private EventActivityBinder<ReturnState> OpenEscalation(EventActivityBinder<ReturnState> binder, EscalationKind kind, EscalationPolicy policy) =>
        binder
            .Then(c =>
            {
                var saga = c.Saga;
                saga.EscalationId = NewId.NextGuid();
                saga.EscalationKind = kind;
                saga.EscalatedAt = Now;
                saga.EscalationRemindAt = Now + policy.RemindAfter;
                saga.EscalationExpiresAt = Now + policy.ExpireAfter;
                saga.EscalationReminded = false;
                saga.Record(Now, "EscalationOpened",
                    $"Escalation {saga.EscalationId} ({kind}): reminder {saga.EscalationRemindAt:u}, expires {saga.EscalationExpiresAt:u} ({policy.OnExpiry} then)");
            })
            .Schedule(EscalationReminder, c => new EscalationReminderDue(c.Saga.CorrelationId, c.Saga.EscalationId!.Value),
                c => c.Saga.EscalationRemindAt!.Value.UtcDateTime)
            .Schedule(EscalationExpiry, c => new EscalationExpired(c.Saga.CorrelationId, c.Saga.EscalationId!.Value),
                c => c.Saga.EscalationExpiresAt!.Value.UtcDateTime)
            .Send(EscalationNoticeQueue, c => Notice(c.Saga, EscalationNotice.Opened));

    private EventActivityBinder<ReturnState> CloseEscalation(EventActivityBinder<ReturnState> binder) =>
        binder
            .Unschedule(EscalationReminder)
            .Unschedule(EscalationExpiry)
            .Then(c =>
            {
                var saga = c.Saga;
                saga.Record(Now, "EscalationClosed", $"Escalation {saga.EscalationId} closed after {Now - saga.EscalatedAt:g}");
                saga.EscalationId = null;
                saga.EscalationKind = null;
                saga.EscalatedAt = null;
                saga.EscalationRemindAt = null;
                saga.EscalationExpiresAt = null;
                saga.EscalationReminded = false;
            });

    /// <summary>Nobody answered in time: tell the mailbox, then do what the policy says (which may move the return on).</summary>
    internal EventActivityBinder<ReturnState, EscalationExpired> ApplyExpiry(EventActivityBinder<ReturnState, EscalationExpired> binder, EscalationPolicy policy)
    {
        var expired = binder.Send(EscalationNoticeQueue, c => Notice(c.Saga, EscalationNotice.Expired, policy.OnExpiry));
        var why = $"no decision within {policy.ExpireAfter}";
        return policy.OnExpiry switch
        {
            EscalationOutcome.Deny => expired
                .Then(c =>
                {
                    c.Saga.StatusReason = $"Denied automatically: {why}";
                    c.Saga.Note(c.Saga.StatusReason, SlaActor);
                })
                .Send(RejectionQueue, c => StepCommands.Rejection(c.Saga))
                .TransitionTo(Rejected),
            EscalationOutcome.Approve => expired
                .Then(c =>
                {
                    c.Saga.StatusReason = null;
                    c.Saga.Note($"Approved automatically: {why}", SlaActor);
                })
                .Send(CreateLabelQueue, c => StepCommands.CreateLabel(c.Saga))
                .TransitionTo(CreatingLabel),
            // Skipping a failed compensation is a person's statement that it was handled by hand: never automatic.
            EscalationOutcome.Cancel => expired
                .IfElse(c => ReturnSteps.IsCompensation(c.Saga.FailedStep),
                    keep => keep.Then(c => c.Saga.Record(Now, c.Event.Name, $"Escalation expired ({why}); a failed compensation is never cancelled automatically", SlaActor)),
                    cancel => cancel
                        .Then(c => BeginCancellation(c.Saga, $"Cancelled automatically: {why}", SlaActor))
                        .ThenCompensateNext(this)),
            _ => expired.Then(c => c.Saga.Record(Now, c.Event.Name, $"Escalation expired ({why}); operations told again", SlaActor)),
        };
    }

    private static SendEscalationNotice Notice(ReturnState saga, EscalationNotice notice, EscalationOutcome? outcome = null) => new(
        saga.CorrelationId,
        saga.EscalationId ?? Guid.Empty,
        saga.OrderNumber,
        saga.EscalationKind ?? EscalationKind.Attention,
        notice,
        outcome is null ? saga.StatusReason ?? string.Empty : $"{saga.StatusReason} — on expiry: {outcome}",
        saga.EscalatedAt ?? saga.UpdatedAt,
        saga.EscalationExpiresAt ?? saga.UpdatedAt);
}
