namespace Returns.Refunds.Payments;

/// <summary>A refund as the payment API holds it.</summary>
public sealed record Refund(string RefundId, string OrderNumber, decimal Amount, string Currency, DateTimeOffset DueAt, string Status);
