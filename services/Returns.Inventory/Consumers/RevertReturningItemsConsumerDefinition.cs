using MassTransit;
using Returns.Contracts;

namespace Returns.Inventory.Consumers;

/// <summary>Listens on the revert-returning-items queue.</summary>
public sealed class RevertReturningItemsConsumerDefinition : ConsumerDefinition<RevertReturningItemsConsumer>
{
    public RevertReturningItemsConsumerDefinition() => EndpointName = ReturnQueues.RevertReturningItems;
}
