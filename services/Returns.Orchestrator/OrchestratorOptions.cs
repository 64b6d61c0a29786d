using Returns.Orchestrator.Escalations;

namespace Returns.Orchestrator;

/// <summary>Business timings of the saga, bound from the "Orchestrator" section and checked at start-up.</summary>
public sealed class OrchestratorOptions
{
    public const string Section = "Orchestrator";

    /// <summary>The refund falls due this long after the label is issued: when the parcel is expected back.</summary>
    public TimeSpan RefundDelay { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long the saga waits for a step (or a compensation) to answer before a person is asked to look.
    /// Longer than a step's own retries (message retry around Polly's), so a slow step is not mistaken for a lost one.
    /// </summary>
    public TimeSpan StepTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A confirmation email that failed is tried again this long after, up to EmailResendAttempts times; the return never waits for it.</summary>
    public TimeSpan EmailResendAfter { get; set; } = TimeSpan.FromMinutes(30);

    public int EmailResendAttempts { get; set; } = 3;

    /// <summary>A return waiting for a manager: reminded after a day, denied after three.</summary>
    public EscalationPolicy ApprovalEscalation { get; set; } = new()
    {
        RemindAfter = TimeSpan.FromDays(1),
        ExpireAfter = TimeSpan.FromDays(3),
        OnExpiry = EscalationOutcome.Deny,
    };

    /// <summary>
    /// A return waiting for an operator: reminded after two hours, and after a day the mailbox is told it
    /// expired; money and stock are a person's call, so nothing is cancelled unless configured.
    /// </summary>
    public EscalationPolicy AttentionEscalation { get; set; } = new()
    {
        RemindAfter = TimeSpan.FromHours(2),
        ExpireAfter = TimeSpan.FromDays(1),
        OnExpiry = EscalationOutcome.Notify,
    };

    /// <summary>What is wrong with these settings, or nothing.</summary>
    public IEnumerable<string> Problems()
    {
        if (RefundDelay < TimeSpan.Zero)
        {
            yield return $"{Section}:RefundDelay must not be negative (got {RefundDelay}).";
        }

        if (StepTimeout <= TimeSpan.Zero)
        {
            yield return $"{Section}:StepTimeout must be positive (got {StepTimeout}).";
        }

        if (EmailResendAfter <= TimeSpan.Zero)
        {
            yield return $"{Section}:EmailResendAfter must be positive (got {EmailResendAfter}).";
        }

        if (EmailResendAttempts < 0)
        {
            yield return $"{Section}:EmailResendAttempts must be 0 or more (got {EmailResendAttempts}).";
        }

        var approval = ApprovalEscalation.Problems($"{Section}:{nameof(ApprovalEscalation)}",
            EscalationOutcome.Notify, EscalationOutcome.Deny, EscalationOutcome.Approve);
        var attention = AttentionEscalation.Problems($"{Section}:{nameof(AttentionEscalation)}",
            EscalationOutcome.Notify, EscalationOutcome.Cancel);
        foreach (var problem in approval.Concat(attention))
        {
            yield return problem;
        }
    }
}
