using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Returns.Benchmarks.Database;
using Returns.Benchmarks.Driving;
using Returns.Hosting.Messaging;
using Returns.Orchestrator;
using Returns.Orchestrator.Persistence;
using Returns.Orchestrator.StateMachines;
using Returns.Persistence.Providers;

namespace Returns.Benchmarks.Hosting;

/// <summary>
/// The real ReturnStateMachine, wired as the orchestrator wires it (same registration, same receive
/// pipeline with retry and in-memory outbox), on MassTransit's in-memory transport for both
/// repositories: only the repository differs between the two hosts.
/// </summary>
public static class SagaHosts
{
    public const string InMemoryName = "in-memory";
    public const string PostgreSqlName = "PostgreSQL";

    /// <summary>MassTransit's own in-memory repository: what a saga costs with no store at all.</summary>
    public static Task<SagaHost> StartInMemory(int concurrency, CancellationToken cancellationToken) =>
        Start(InMemoryName, concurrency, new ServiceCollection(), bus => bus.AddReturnSaga(saga => saga.InMemoryRepository()), sql: null, prepare: null, cancellationToken);

    /// <summary>The project's EF Core repository on <see cref="OrchestratorDbContext"/>, on a migrated PostgreSQL database.</summary>
    public static async Task<SagaHost> StartPostgreSql(string connectionString, int concurrency, CancellationToken cancellationToken)
    {
        var sql = new SqlTally();
        var database = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString };
        var services = new ServiceCollection();
        services.AddOrchestratorDbContext(database);
        services.ConfigureDbContext<OrchestratorPostgreSqlDbContext>(options => options.AddInterceptors(sql));
        return await Start(PostgreSqlName, concurrency, services, bus => bus.AddReturnSaga(), sql, Migrate, cancellationToken);
    }

    private static async Task<SagaHost> Start(
        string repository,
        int concurrency,
        IServiceCollection services,
        Action<IBusRegistrationConfigurator> addSaga,
        SqlTally? sql,
        Func<IServiceProvider, CancellationToken, Task>? prepare,
        CancellationToken cancellationToken)
    {
        var replies = new ReplyCounter();
        services.AddLogging(logging => logging
            // Version conflicts are expected and retried (and counted); EF Core would log each one as an error.
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None)
            .AddFilter("MassTransit", LogLevel.Error)
            .AddSimpleConsole(console => console.SingleLine = true)
            // Standard output holds the figures.
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<OrchestratorOptions>();
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            addSaga(bus);
            // The saga schedules step deadlines; on the in-memory transport the delayed scheduler serves.
            bus.AddDelayedMessageScheduler();
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseDelayedMessageScheduler();
                cfg.ConcurrentMessageLimit = concurrency;
                // The orchestrator's own receive pipeline: message retry (the Messaging defaults) around the in-memory outbox.
                cfg.UseReturnsPipeline(context, new MessagingOptions());
                cfg.ConfigureStubSteps(replies);
                cfg.ConfigureEndpoints(context);
            });
        });
        var provider = services.BuildServiceProvider(validateScopes: true);

        try
        {
            if (prepare is not null)
            {
                await prepare(provider, cancellationToken);
            }

            var joins = new JoinObserver();
            provider.GetRequiredService<ReturnStateMachine>().ConnectStateObserver(joins);
            var bus = provider.GetRequiredService<IBusControl>();
            bus.ConnectConsumeObserver(joins);
            var handle = await bus.StartAsync(cancellationToken);
            await handle.Ready.WaitAsync(cancellationToken);
            return new SagaHost(repository, provider, handle, joins, replies, sql);
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    // As the orchestrator does at start-up: the schema before the bus.
    private static async Task Migrate(IServiceProvider provider, CancellationToken cancellationToken)
    {
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
