using MassTransit;
using Returns.Contracts;
using Returns.Orchestrator.StateMachines;

namespace Returns.Orchestrator;

/// <summary>Where the saga listens and how its endpoint behaves.</summary>
/// <remarks>
/// Version conflicts between replicas (DbUpdateConcurrencyException) are retried by the shared
/// pipeline's message retry, which sits outside the in-memory outbox: every attempt gets a fresh
/// scope, DbContext and outbox. A retry added here would sit inside that outbox and let a failed
/// attempt's sends out as well.
/// </remarks>
public sealed class ReturnStateDefinition : SagaDefinition<ReturnState>
{
    public ReturnStateDefinition()
    {
        EndpointName = ReturnQueues.Orchestrator;
    }
}
