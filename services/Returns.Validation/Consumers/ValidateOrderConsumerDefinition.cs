using MassTransit;
using Returns.Contracts;

namespace Returns.Validation.Consumers;

/// <summary>Puts the consumer on the queue the saga sends ValidateOrder to.</summary>
public sealed class ValidateOrderConsumerDefinition : ConsumerDefinition<ValidateOrderConsumer>
{
    public ValidateOrderConsumerDefinition()
    {
        EndpointName = ReturnQueues.ValidateOrder;
    }
}
