using MassTransit;
using Returns.Contracts.Refunds;
using Returns.Hosting.Messaging;
using Returns.Refunds.Payments;

namespace Returns.Refunds.Consumers;

/// <summary>
/// Schedules the refund with the payment provider. The return id is the Idempotency-Key, so a
/// redelivered command gets the same refund back instead of a second one.
/// </summary>
public sealed class ScheduleRefundConsumer(IPaymentsApi payments, ILogger<ScheduleRefundConsumer> logger) : IConsumer<ScheduleRefund>
{
    public async Task Consume(ConsumeContext<ScheduleRefund> context)
    {
        var message = context.Message;
        Validate(message);

        var request = new RefundRequest(message.OrderNumber.Trim(), message.Amount, message.Currency.Trim(), message.DueAt);
        var reply = await payments.ScheduleRefundAsync(message.ReturnId, request, context.CancellationToken);

        if (reply.Value is not { } refund)
        {
            logger.LogWarning("The payment API refused the refund for return {ReturnId}: {Reason}", message.ReturnId, reply.Refusal);
            await context.Publish(new RefundSchedulingFailed(message.ReturnId, reply.Refusal ?? "Refused by the payment API."));
            return;
        }

        if (string.IsNullOrWhiteSpace(refund.RefundId))
        {
            throw new InvalidOperationException("The payment API accepted the refund but sent no refund id.");
        }

        logger.LogInformation("Refund {RefundId} of {Amount} {Currency} scheduled for return {ReturnId}, due {DueAt}",
            refund.RefundId, refund.Amount, refund.Currency, message.ReturnId, refund.DueAt);
        await context.Publish(new RefundScheduled(message.ReturnId, refund.RefundId, refund.Amount, refund.Currency, refund.DueAt));
    }

    private static void Validate(ScheduleRefund message)
    {
        if (message.ReturnId == Guid.Empty)
        {
            throw new BadMessageException("ReturnId is missing.");
        }

        if (string.IsNullOrWhiteSpace(message.OrderNumber))
        {
            throw new BadMessageException("The order number is missing.");
        }

        if (message.Amount <= 0)
        {
            throw new BadMessageException($"The refund amount is {message.Amount}; it must be more than zero.");
        }

        if (string.IsNullOrWhiteSpace(message.Currency))
        {
            throw new BadMessageException("The refund currency is missing.");
        }

        if (message.DueAt == default)
        {
            throw new BadMessageException("The refund's due date is missing.");
        }
    }
}
