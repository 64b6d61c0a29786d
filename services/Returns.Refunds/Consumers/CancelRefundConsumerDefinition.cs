using MassTransit;
using Returns.Contracts;

namespace Returns.Refunds.Consumers;

/// <summary>Listens on the cancel-refund queue.</summary>
public sealed class CancelRefundConsumerDefinition : ConsumerDefinition<CancelRefundConsumer>
{
    public CancelRefundConsumerDefinition() => EndpointName = ReturnQueues.CancelRefund;
}
