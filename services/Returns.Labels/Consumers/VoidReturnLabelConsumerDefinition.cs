using MassTransit;
using Returns.Contracts;

namespace Returns.Labels.Consumers;

/// <summary>Puts the consumer on the queue the saga sends VoidReturnLabel to.</summary>
public sealed class VoidReturnLabelConsumerDefinition : ConsumerDefinition<VoidReturnLabelConsumer>
{
    public VoidReturnLabelConsumerDefinition()
    {
        EndpointName = ReturnQueues.VoidReturnLabel;
    }
}
