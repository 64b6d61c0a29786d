namespace Returns.Refunds.Payments;

/// <summary>The payment API's answer to a cancellation.</summary>
public sealed record RefundCancellation(string RefundId, string Status);
