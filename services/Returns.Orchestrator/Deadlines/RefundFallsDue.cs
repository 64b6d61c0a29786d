namespace Returns.Orchestrator.Deadlines;

/// <summary>The saga's reminder to itself that the refund of a return is due now (the parcel is expected back).</summary>
public sealed record RefundFallsDue(Guid ReturnId, DateTimeOffset DueAt) : IReturnReminder;
