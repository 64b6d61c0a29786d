using MassTransit;
using Returns.Contracts.Escalations;
using Returns.Contracts.Model;

namespace Returns.Orchestrator.StateMachines;

/// <summary>Everything the saga knows about one return. CorrelationId is the ReturnId.</summary>
public class ReturnState : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }
    public string CurrentState { get; set; } = string.Empty;

    /// <summary>Moves on with every write; a replica that acted on an older copy conflicts and is retried.</summary>
    public int Version { get; set; }

    public string OrderNumber { get; set; } = string.Empty;
    public string Reason { get; set; } = string.Empty;
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<ReturnLine> RequestedLines { get; set; } = [];

    /// <summary>The order as validation saw it, holding only the lines being returned.</summary>
    public OrderSnapshot? Order { get; set; }

    /// <summary>Why the return is where it is: the rejection, the approval question, the failure.</summary>
    public string? StatusReason { get; set; }

    public string? LabelId { get; set; }
    public string? TrackingNumber { get; set; }
    public string? LabelUrl { get; set; }
    public DateTimeOffset? LabelCreatedAt { get; set; }

    /// <summary>"sent" or "failed: reason" once the confirmation email settled; null while it is out.</summary>
    public string? EmailStatus { get; set; }
    public bool ItemsMarked { get; set; }

    /// <summary>How often a failed confirmation email was tried again, and the scheduled next try.</summary>
    public int EmailResends { get; set; }
    public Guid? EmailResendTokenId { get; set; }
    public DateTimeOffset? EmailResendAt { get; set; }

    public string? RefundId { get; set; }
    public decimal? RefundAmount { get; set; }
    public DateTimeOffset? RefundDueAt { get; set; }

    /// <summary>Steps with side effects that have completed, in order; compensation undoes them from the end.</summary>
    public List<string> CompletedSteps { get; set; } = [];

    /// <summary>Why compensation began; kept apart from StatusReason, which a failed compensation overwrites.</summary>
    public string? CancellationReason { get; set; }

    /// <summary>The step (or compensation) whose failure put the return in NeedsAttention.</summary>
    public string? FailedStep { get; set; }

    public List<TimelineEntry> Timeline { get; set; } = [];

    /// <summary>The scheduled StepDeadlinePassed of the step the return is waiting for; a stale one carries another token.</summary>
    public Guid? StepDeadlineTokenId { get; set; }

    /// <summary>When the step the return waits for stops being given the benefit of the doubt; null when it waits for nobody.</summary>
    public DateTimeOffset? StepDeadlineAt { get; set; }

    /// <summary>How often the awaited step was sent again after a silent deadline (once, then a person is asked).</summary>
    public int StepResends { get; set; }

    /// <summary>The scheduled RefundFallsDue while the return is RefundPending.</summary>
    public Guid? RefundDueTokenId { get; set; }

    /// <summary>The open escalation (ticket) while the return waits for a person; null otherwise.</summary>
    public Guid? EscalationId { get; set; }
    public EscalationKind? EscalationKind { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    public DateTimeOffset? EscalationRemindAt { get; set; }
    public DateTimeOffset? EscalationExpiresAt { get; set; }
    public bool EscalationReminded { get; set; }
    public Guid? EscalationReminderTokenId { get; set; }
    public Guid? EscalationExpiryTokenId { get; set; }

    /// <summary>Details and actor for the next timeline entry, consumed by the timeline observer.</summary>
    public string? PendingNote { get; set; }
    public string? PendingActor { get; set; }
}
