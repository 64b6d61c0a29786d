using MassTransit;

namespace Returns.Orchestrator.Queries;

/// <summary>
/// Searches get a queue of their own, so a burst of list requests never waits behind the saga's
/// transitions (nor they behind it).
/// </summary>
public sealed class SearchReturnsConsumerDefinition : ConsumerDefinition<SearchReturnsConsumer>
{
    // Belongs in ReturnQueues beside the saga's queue; kept here while contracts/ is out of reach.
    public const string Queue = "return-queries";

    public SearchReturnsConsumerDefinition()
    {
        EndpointName = Queue;
    }
}
