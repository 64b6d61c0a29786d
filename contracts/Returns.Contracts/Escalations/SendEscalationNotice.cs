namespace Returns.Contracts.Escalations;

/// <summary>
/// Command: tell the operations mailbox that a return waits for a person (opened), still waits
/// (reminder), or waited past its deadline (expired, with what the saga did about it).
/// </summary>
public sealed record SendEscalationNotice(
    Guid ReturnId,
    Guid EscalationId,
    string OrderNumber,
    EscalationKind Kind,
    EscalationNotice Notice,
    string Reason,
    DateTimeOffset OpenedAt,
    DateTimeOffset ExpiresAt);
