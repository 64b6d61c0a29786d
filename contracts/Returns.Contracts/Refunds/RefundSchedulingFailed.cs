namespace Returns.Contracts.Refunds;

/// <summary>The payment provider refused the refund.</summary>
public sealed record RefundSchedulingFailed(Guid ReturnId, string Reason);
