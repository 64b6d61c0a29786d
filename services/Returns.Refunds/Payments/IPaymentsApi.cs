namespace Returns.Refunds.Payments;

/// <summary>
/// The payment provider's refund API. A refusal (4xx) comes back as a reply; a failure that
/// outlasted the retries throws, so the message is retried and finally faults.
/// </summary>
public interface IPaymentsApi
{
    /// <summary>Schedules a refund; the same <paramref name="idempotencyKey"/> again returns the same refund.</summary>
    Task<PaymentsReply<Refund>> ScheduleRefundAsync(Guid idempotencyKey, RefundRequest request, CancellationToken cancellationToken);

    Task<PaymentsReply<RefundCancellation>> CancelRefundAsync(string refundId, CancellationToken cancellationToken);
}
