namespace Returns.Contracts.Refunds;

/// <summary>The scheduled refund is cancelled (or was already).</summary>
public sealed record RefundCancelled(Guid ReturnId, string RefundId);
