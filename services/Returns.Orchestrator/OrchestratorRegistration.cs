using MassTransit;
using Returns.Orchestrator.Persistence;
using Returns.Orchestrator.StateMachines;
using Returns.Persistence.Sagas;

namespace Returns.Orchestrator;

public static class OrchestratorRegistration
{
    /// <summary>
    /// The return saga, kept in <see cref="OrchestratorDbContext"/> (AddOrchestratorDatabase registers it).
    /// Tests that need no database pass another repository, e.g. <c>saga => saga.InMemoryRepository()</c>.
    /// </summary>
    public static IBusRegistrationConfigurator AddReturnSaga(
        this IBusRegistrationConfigurator bus,
        Action<ISagaRegistrationConfigurator<ReturnState>>? useRepository = null)
    {
        var saga = bus.AddSagaStateMachine<ReturnStateMachine, ReturnState, ReturnStateDefinition>();
        if (useRepository is null)
        {
            saga.EntityFrameworkRepository<ReturnState, OrchestratorDbContext>();
        }
        else
        {
            useRepository(saga);
        }

        return bus;
    }
}
