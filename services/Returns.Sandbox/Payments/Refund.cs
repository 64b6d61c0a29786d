namespace Returns.Sandbox.Payments;

/// <summary>A refund in the payment provider's ledger.</summary>
public sealed record Refund(
    string RefundId,
    string OrderNumber,
    decimal Amount,
    string Currency,
    DateTimeOffset DueAt,
    string Status,
    DateTimeOffset CreatedAt,
    string IdempotencyKey,
    DateTimeOffset? CancelledAt)
{
    public static Refund Schedule(CreateRefundRequest request, string idempotencyKey, DateTimeOffset now) => new(
        $"RF-{Guid.NewGuid():N}"[..13].ToUpperInvariant(),
        request.OrderNumber!.Trim(),
        request.Amount!.Value,
        request.Currency!.Trim().ToUpperInvariant(),
        request.DueAt!.Value,
        RefundStatus.Scheduled,
        now,
        idempotencyKey,
        CancelledAt: null);
}
