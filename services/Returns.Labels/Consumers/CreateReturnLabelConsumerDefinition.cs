using MassTransit;
using Returns.Contracts;

namespace Returns.Labels.Consumers;

/// <summary>Puts the consumer on the queue the saga sends CreateReturnLabel to.</summary>
public sealed class CreateReturnLabelConsumerDefinition : ConsumerDefinition<CreateReturnLabelConsumer>
{
    public CreateReturnLabelConsumerDefinition()
    {
        EndpointName = ReturnQueues.CreateReturnLabel;
    }
}
