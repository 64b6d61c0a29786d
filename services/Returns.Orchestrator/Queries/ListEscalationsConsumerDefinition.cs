using MassTransit;
using Returns.Contracts;

namespace Returns.Orchestrator.Queries;

/// <summary>Escalation lists share the queries' queue with searches: read-only, kept apart from the saga's transitions.</summary>
public sealed class ListEscalationsConsumerDefinition : ConsumerDefinition<ListEscalationsConsumer>
{
    public ListEscalationsConsumerDefinition()
    {
        EndpointName = ReturnQueues.ReturnQueries;
    }
}
