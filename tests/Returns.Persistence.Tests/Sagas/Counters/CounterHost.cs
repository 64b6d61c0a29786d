using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Returns.Hosting.Messaging;
using Returns.Persistence.Providers;
using Returns.Persistence.Sagas;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>
/// One replica of a service that keeps the counter saga in a test database: its own service provider
/// and in-memory bus, the production receive pipeline (retry outside the in-memory outbox), and the
/// EF Core repository. Two hosts on one database behave like two processes sharing it.
/// </summary>
public sealed class CounterHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private CounterHost(ServiceProvider provider)
    {
        this.provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
        Saga = Harness.GetSagaStateMachineHarness<CounterStateMachine, CounterState>();
        Conflicts = provider.GetRequiredService<ConflictCounter>();
    }

    public ITestHarness Harness { get; }
    public ISagaStateMachineTestHarness<CounterStateMachine, CounterState> Saga { get; }
    public CounterStateMachine Machine => Saga.StateMachine;
    public ConflictCounter Conflicts { get; }

    public static async Task<CounterHost> Start(TestDatabase database, Gate? gate = null, Rival? rival = null)
    {
        var services = new ServiceCollection()
            // A logger factory of our own keeps the harness from writing its debug log to the console.
            .AddLogging()
            .AddSingleton<ConflictCounter>()
            .AddSingleton(gate ?? new Gate())
            .AddSingleton(rival ?? new Rival())
            .AddDbContext<CounterDbContext>((services, options) => options
                .UseReturnsDatabase(database.Options)
                .AddInterceptors(services.GetRequiredService<ConflictCounter>()));

        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddSagaStateMachine<CounterStateMachine, CounterState>()
                .EntityFrameworkRepository<CounterState, CounterDbContext>();
            bus.UsingInMemory((context, cfg) =>
            {
                // Two messages at a time per replica, whatever the machine's core count, and plenty
                // of short retries: under contention a message may lose the race many times in a row.
                cfg.ConcurrentMessageLimit = 2;
                cfg.UseReturnsPipeline(context, new MessagingOptions { RetryIntervalsMs = Enumerable.Repeat(5, 100).ToArray() });
                cfg.ConfigureEndpoints(context);
            });
            bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(15), testInactivityTimeout: TimeSpan.FromMilliseconds(300));
        });

        var provider = services.BuildServiceProvider(validateScopes: true);
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CounterDbContext>().Database.EnsureCreatedAsync();
        }

        var host = new CounterHost(provider);
        await host.Harness.Start();
        return host;
    }

    public Task Publish<T>(T message) where T : class => Harness.Bus.Publish(message);

    /// <summary>The row as the database has it now, read outside any message.</summary>
    public async Task<CounterState?> Read(Guid counterId)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CounterDbContext>()
            .Set<CounterState>().AsNoTracking().SingleOrDefaultAsync(counter => counter.CorrelationId == counterId);
    }

    public async Task<int> RowCount()
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CounterDbContext>().Set<CounterState>().CountAsync();
    }

    /// <summary>Polls the row until it satisfies <paramref name="condition"/>; answers whether it did in time.</summary>
    public async Task<bool> Eventually(Guid counterId, Func<CounterState?, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (condition(await Read(counterId)))
            {
                return true;
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await provider.DisposeAsync();
    }
}
