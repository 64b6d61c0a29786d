using MassTransit;
using MassTransit.Logging;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Returns.Hosting.Messaging;
using Returns.Orchestrator;
using Returns.Orchestrator.Persistence;
using Returns.Orchestrator.StateMachines;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Scheduling;

namespace Returns.Persistence.Tests.Orchestrator;

/// <summary>
/// The real return saga wired as the orchestrator's Program.cs wires it (EF repository, inbox/outbox and the
/// durable scheduler on OrchestratorDbContext) over a migrated database, on the harness's in-memory bus and a
/// clock the spec moves. Disposing it and starting another on the same database is a restart.
/// </summary>
public sealed class OrchestratorHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private OrchestratorHost(ServiceProvider provider)
    {
        this.provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Harness { get; }

    public static async Task<OrchestratorHost> Start(DatabaseOptions database, TimeProvider clock, Action<OrchestratorOptions>? configure = null)
    {
        var provider = new ServiceCollection()
            .AddSingleton(clock)
            // The harness logs to the console (and owns the logger factory, so a restart gets a fresh one).
            .Configure<TextWriterLoggerOptions>(logging => logging.Disable("Microsoft.EntityFrameworkCore"))
            .Configure<OrchestratorOptions>(options => configure?.Invoke(options))
            .Configure<InboxOutboxOptions>(options => options.QueryDelay = TimeSpan.FromMilliseconds(50))
            .AddOrchestratorDbContext(database)
            .AddMassTransitTestHarness(bus =>
            {
                bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(20), testInactivityTimeout: TimeSpan.FromMilliseconds(500));
                bus.SetKebabCaseEndpointNameFormatter();
                bus.AddReturnSaga().AddReturnSagaDurability();
                bus.Configure<SchedulerOptions>(options => options.PollIntervalMs = 20);
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.UseReturnsPipeline(context, new MessagingOptions { RetryIntervalsMs = [20, 50] });
                    cfg.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider(validateScopes: true);

        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Database.MigrateAsync();
        }

        var host = new OrchestratorHost(provider);
        await host.Harness.Start();
        return host;
    }

    public Task Publish<T>(T message) where T : class => Harness.Bus.Publish(message);

    public async Task<ReturnState?> Saga(Guid returnId) =>
        await Query(db => db.ReturnStates.AsNoTracking().SingleOrDefaultAsync(s => s.CorrelationId == returnId));

    public async Task<ScheduledMessageRow?> Scheduled(Guid tokenId) =>
        await Query(db => db.Set<ScheduledMessageRow>().AsNoTracking().SingleOrDefaultAsync(m => m.TokenId == tokenId));

    /// <summary>Waits (bounded) until the stored saga is in <paramref name="state"/>, and returns it.</summary>
    public Task<ReturnState> WaitForState(Guid returnId, string state) =>
        WaitFor(returnId, saga => saga.CurrentState == state, $"in {state}");

    /// <summary>Waits (bounded) until the stored saga matches <paramref name="condition"/>, and returns it.</summary>
    public async Task<ReturnState> WaitFor(Guid returnId, Func<ReturnState, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var saga = await Saga(returnId);
            if (saga is not null && condition(saga))
            {
                return saga;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Return {returnId} ({saga?.CurrentState ?? "missing"}) never got {what}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits (bounded) until the scheduler holds <paramref name="count"/> messages.</summary>
    public async Task WaitForScheduledCount(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (await Query(db => db.Set<ScheduledMessageRow>().CountAsync()) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The scheduler does not hold {count} message(s).");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits (bounded) until the scheduled message is in <paramref name="status"/>.</summary>
    public async Task WaitForScheduled(Guid tokenId, ScheduledMessageStatus status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while ((await Scheduled(tokenId))?.Status != status)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Scheduled message {tokenId} is {(await Scheduled(tokenId))?.Status.ToString() ?? "missing"}, not {status}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Runs a query in a scope of its own, as another request would.</summary>
    public async Task<T> Query<T>(Func<OrchestratorDbContext, Task<T>> query)
    {
        await using var scope = provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await provider.DisposeAsync();
    }
}
