namespace Returns.Sandbox.Payments;

/// <summary>The answer to cancelling a refund.</summary>
public sealed record RefundCancelled(string RefundId, string Status);
