using MassTransit;
using Returns.Contracts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Returns.Orchestrator.Persistence;
using Returns.Orchestrator.Queries;
using Returns.Orchestrator.StateMachines;
using Returns.Orchestrator.Telemetry;
using Returns.Persistence.Outbox;
using Returns.Persistence.Sagas;
using Returns.Persistence.Scheduling;

namespace Returns.Orchestrator;

public static class OrchestratorRegistration
{
    /// <summary>The saga's timings from the "Orchestrator" section, checked when the host starts.</summary>
    public static IServiceCollection AddOrchestratorOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OrchestratorOptions>().Bind(configuration.GetSection(OrchestratorOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OrchestratorOptions>, OrchestratorOptionsValidator>());
        return services;
    }

    /// <summary>
    /// The return saga, kept in <see cref="OrchestratorDbContext"/> (AddOrchestratorDatabase registers it),
    /// with the queries over that store. Tests that need no database pass another repository, e.g.
    /// <c>saga => saga.InMemoryRepository()</c>, and get no queries unless they add AddReturnQueries.
    /// </summary>
    public static IBusRegistrationConfigurator AddReturnSaga(
        this IBusRegistrationConfigurator bus,
        Action<ISagaRegistrationConfigurator<ReturnState>>? useRepository = null)
    {
        // The saga counts what it does on the "Returns" meter (exported when telemetry is configured).
        bus.AddMetrics();
        bus.TryAddSingleton<ReturnMetrics>();
        var saga = bus.AddSagaStateMachine<ReturnStateMachine, ReturnState, ReturnStateDefinition>();
        if (useRepository is null)
        {
            saga.EntityFrameworkRepository<ReturnState, OrchestratorDbContext>();
            bus.AddReturnQueries();
        }
        else
        {
            useRepository(saga);
        }

        return bus;
    }

    /// <summary>Questions answered from the saga store (lists, searches); they need <see cref="OrchestratorDbContext"/>.</summary>
    public static IBusRegistrationConfigurator AddReturnQueries(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SearchReturnsConsumer, SearchReturnsConsumerDefinition>();
        bus.AddConsumer<ListEscalationsConsumer, ListEscalationsConsumerDefinition>();
        return bus;
    }

    /// <summary>
    /// Puts the saga's endpoint behind the EF inbox/outbox on <see cref="OrchestratorDbContext"/> and hosts the
    /// durable scheduler there, so a transition, the commands it sends and the deadlines it asks for commit
    /// together. Needs AddOrchestratorDatabase and the EF repository; harness specs that assert on
    /// Sent/Published with an in-memory repository leave it out.
    /// </summary>
    public static IBusRegistrationConfigurator AddReturnSagaDurability(this IBusRegistrationConfigurator bus)
    {
        // The saga repository finds the transaction the outbox opened on the same scoped DbContext and
        // joins it; a redelivered event is recognised by the inbox row and not handled again. Searches only
        // read, so they stay out of the inbox rather than leave a row behind per question. The scheduler's
        // consumers stay out too: they send nothing and are idempotent by themselves (a schedule is keyed by
        // its token and the ScheduleMessage's id, a cancel by its token), so the inbox would only add a row
        // and a lock to each of the two messages every step's deadline costs.
        bus.AddEntityFrameworkOutbox<OrchestratorDbContext>(everyEndpoint: true, except: [ReturnQueues.ReturnQueries, DurableScheduler.DefaultQueueName]);
        bus.AddDurableScheduler<OrchestratorDbContext>();
        bus.AddDurableSchedulerClient();
        return bus;
    }
}
