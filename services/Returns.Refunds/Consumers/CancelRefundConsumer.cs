using MassTransit;
using Returns.Contracts.Refunds;
using Returns.Hosting.Messaging;
using Returns.Refunds.Payments;

namespace Returns.Refunds.Consumers;

/// <summary>Compensation: cancels a scheduled refund. The provider treats a repeat as success, so redelivery is safe.</summary>
public sealed class CancelRefundConsumer(IPaymentsApi payments, ILogger<CancelRefundConsumer> logger) : IConsumer<CancelRefund>
{
    public async Task Consume(ConsumeContext<CancelRefund> context)
    {
        var message = context.Message;
        if (message.ReturnId == Guid.Empty)
        {
            throw new BadMessageException("ReturnId is missing.");
        }

        if (string.IsNullOrWhiteSpace(message.RefundId))
        {
            throw new BadMessageException("The refund id to cancel is missing.");
        }

        var refundId = message.RefundId.Trim();
        var reply = await payments.CancelRefundAsync(refundId, context.CancellationToken);
        var refusal = reply.Value switch
        {
            null => reply.Refusal ?? "Refused by the payment API.",
            { Status: var status } when !string.Equals(status, "cancelled", StringComparison.OrdinalIgnoreCase) =>
                $"The payment API left the refund '{status}'.",
            _ => null,
        };

        if (refusal is not null)
        {
            logger.LogWarning("Refund {RefundId} of return {ReturnId} was not cancelled: {Reason}", refundId, message.ReturnId, refusal);
            await context.Publish(new RefundCancellationFailed(message.ReturnId, refundId, refusal));
            return;
        }

        logger.LogInformation("Refund {RefundId} of return {ReturnId} cancelled", refundId, message.ReturnId);
        await context.Publish(new RefundCancelled(message.ReturnId, refundId));
    }
}
