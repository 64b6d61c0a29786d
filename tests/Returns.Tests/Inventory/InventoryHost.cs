using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Returns.Inventory;
using Returns.Inventory.Data;
using Returns.Tests.Support;

namespace Returns.Tests.Inventory;

/// <summary>
/// The Inventory consumers on the test harness over a private in-memory SQLite database, kept alive
/// by one open connection for the life of the test.
/// </summary>
public sealed class InventoryHost : IAsyncDisposable
{
    private readonly IHost host;

    private InventoryHost(IHost host, SqliteConnection keeper, ITestHarness harness)
    {
        this.host = host;
        Keeper = keeper;
        Harness = harness;
    }

    public ITestHarness Harness { get; }

    /// <summary>The connection that keeps the shared in-memory database alive; usable for raw SQL.</summary>
    public SqliteConnection Keeper { get; }

    public static async Task<InventoryHost> StartAsync()
    {
        var connectionString = $"Data Source=inventory-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        var keeper = new SqliteConnection(connectionString);
        await keeper.OpenAsync();

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ConnectionString"] = connectionString });
        builder.Services.AddLogging();
        builder.AddInventoryDatabase();
        builder.Services.AddStepHarness(bus => bus.AddInventoryConsumers());

        var host = builder.Build();
        var harness = host.Services.GetTestHarness();
        await harness.Start(); // runs the start-up migration too, before the bus
        return new InventoryHost(host, keeper, harness);
    }

    public async Task<List<ReturningItem>> RowsAsync(Guid returnId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        return await db.ReturningItems.AsNoTracking().Where(item => item.ReturnId == returnId).OrderBy(item => item.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        host.Dispose();
        await Keeper.DisposeAsync();
    }
}
