namespace Returns.Contracts.Escalations;

/// <summary>One open escalation (a ticket): the return it is about, why, since when and until when.</summary>
public sealed record EscalationSummary(
    Guid EscalationId,
    Guid ReturnId,
    string OrderNumber,
    EscalationKind Kind,
    string State,
    string? Reason,
    string? FailedStep,
    DateTimeOffset OpenedAt,
    DateTimeOffset RemindAt,
    DateTimeOffset ExpiresAt,
    bool Reminded);
