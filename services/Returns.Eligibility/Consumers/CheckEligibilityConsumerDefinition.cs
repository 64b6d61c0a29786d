using MassTransit;
using Returns.Contracts;

namespace Returns.Eligibility.Consumers;

/// <summary>Puts the consumer on the queue the saga sends CheckEligibility to.</summary>
public sealed class CheckEligibilityConsumerDefinition : ConsumerDefinition<CheckEligibilityConsumer>
{
    public CheckEligibilityConsumerDefinition()
    {
        EndpointName = ReturnQueues.CheckEligibility;
    }
}
