using MassTransit;
using Returns.Orchestrator.StateMachines;

namespace Returns.Orchestrator;

public static class OrchestratorRegistration
{
    /// <summary>
    /// The return saga. Its state lives in MassTransit's in-memory repository until the EF Core
    /// repository lands (see the README's status section): a restart forgets returns in flight.
    /// </summary>
    public static IBusRegistrationConfigurator AddReturnSaga(this IBusRegistrationConfigurator bus)
    {
        bus.AddSagaStateMachine<ReturnStateMachine, ReturnState, ReturnStateDefinition>()
            .InMemoryRepository();
        return bus;
    }
}
