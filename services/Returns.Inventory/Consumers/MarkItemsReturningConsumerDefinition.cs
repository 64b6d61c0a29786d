using MassTransit;
using Returns.Contracts;

namespace Returns.Inventory.Consumers;

/// <summary>Listens on the mark-items-returning queue.</summary>
public sealed class MarkItemsReturningConsumerDefinition : ConsumerDefinition<MarkItemsReturningConsumer>
{
    public MarkItemsReturningConsumerDefinition() => EndpointName = ReturnQueues.MarkItemsReturning;
}
