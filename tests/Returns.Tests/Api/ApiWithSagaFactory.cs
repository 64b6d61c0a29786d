using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Returns.Api;
using Returns.Orchestrator;
using Returns.Orchestrator.Persistence;
using Returns.Orchestrator.StateMachines;
using Returns.Persistence.Providers;

namespace Returns.Tests.Api;

/// <summary>
/// The API in-process with the saga on the test harness's in-memory bus instead of RabbitMQ. The saga
/// itself stays in memory; the queries read a migrated SQLite file that specs fill directly.
/// </summary>
public sealed class ApiWithSagaFactory : WebApplicationFactory<ApiEntryPoint>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"returns-api-{Guid.NewGuid():N}.db");

    // Migrated before the host (and the harness's inactivity clock) starts, so no spec waits on it.
    public ApiWithSagaFactory()
    {
        using var migrator = new ServiceCollection().AddOrchestratorDbContext(Database).BuildServiceProvider();
        using var scope = migrator.CreateScope();
        scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Database.Migrate();
    }

    private DatabaseOptions Database => new() { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={databasePath};Pooling=False" };

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.WithTestOperator().ConfigureTestServices(services =>
        {
            services.Configure<OrchestratorOptions>(options => options.RefundDelay = TimeSpan.Zero);
            services.AddOrchestratorDbContext(Database);
            services.AddMassTransitTestHarness(bus =>
            {
                // One harness serves every spec of a class, and its inactivity signal is one-shot: once the
                // bus had been idle that long (between specs, or on a cold machine) every later wait would
                // give up at once. Waits end on the test timeout; "nothing published" is asked via HarnessQuiet.
                bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(10), testInactivityTimeout: TimeSpan.FromHours(1));
                bus.SetKebabCaseEndpointNameFormatter();
                bus.AddReturnSaga(saga => saga.InMemoryRepository());
                bus.AddReturnQueries();
                bus.AddReturnRequestClients(new ApiOptions { RequestTimeoutSeconds = 5 });
                // The saga schedules its deadlines; the in-memory transport delivers them itself.
                bus.AddDelayedMessageScheduler();
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.UseDelayedMessageScheduler();
                    cfg.ConfigureEndpoints(context);
                });
            });
        });

    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();

    /// <summary>Writes saga rows straight into the store the queries read.</summary>
    public async Task Store(params ReturnState[] rows)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        db.ReturnStates.AddRange(rows);
        await db.SaveChangesAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(databasePath);
    }
}
