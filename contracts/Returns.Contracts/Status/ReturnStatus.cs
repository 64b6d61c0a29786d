namespace Returns.Contracts.Status;

/// <summary>Reply to GetReturnStatus. Scheduled: what is pending for the return, soonest first (null from an older orchestrator).</summary>
public sealed record ReturnStatus(
    Guid ReturnId,
    string State,
    string OrderNumber,
    string Reason,
    DateTimeOffset RequestedAt,
    DateTimeOffset UpdatedAt,
    string? StatusReason,
    string? TrackingNumber,
    string? RefundId,
    decimal? RefundAmount,
    DateTimeOffset? RefundDueAt,
    string? EmailStatus,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<ScheduledAction>? Scheduled = null);
