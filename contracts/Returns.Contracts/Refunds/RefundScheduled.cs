namespace Returns.Contracts.Refunds;

/// <summary>The payment provider holds the refund for its due date.</summary>
public sealed record RefundScheduled(
    Guid ReturnId,
    string RefundId,
    decimal Amount,
    string Currency,
    DateTimeOffset DueAt);
