using MassTransit;
using Returns.Contracts;

namespace Returns.Orchestrator.Queries;

/// <summary>
/// Searches get a queue of their own, so a burst of list requests never waits behind the saga's
/// transitions (nor they behind it).
/// </summary>
public sealed class SearchReturnsConsumerDefinition : ConsumerDefinition<SearchReturnsConsumer>
{
    public SearchReturnsConsumerDefinition()
    {
        EndpointName = ReturnQueues.ReturnQueries;
    }
}
