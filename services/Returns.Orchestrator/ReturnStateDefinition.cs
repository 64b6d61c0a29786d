using MassTransit;
using Returns.Contracts;
using Returns.Orchestrator.StateMachines;

namespace Returns.Orchestrator;

/// <summary>Where the saga listens and how its endpoint behaves.</summary>
public sealed class ReturnStateDefinition : SagaDefinition<ReturnState>
{
    public ReturnStateDefinition()
    {
        EndpointName = ReturnQueues.Orchestrator;
    }
}
