namespace Returns.Refunds.Payments;

/// <summary>The body of POST /payments/refunds.</summary>
public sealed record RefundRequest(string OrderNumber, decimal Amount, string Currency, DateTimeOffset DueAt);
