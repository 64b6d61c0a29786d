namespace Returns.Contracts.Refunds;

/// <summary>The payment provider refused to cancel the refund.</summary>
public sealed record RefundCancellationFailed(Guid ReturnId, string RefundId, string Reason);
