using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Returns.Contracts;
using Returns.Contracts.Inventory;
using Returns.Hosting.Messaging;
using Returns.Inventory;
using Returns.Inventory.Data;
using Returns.Persistence.Outbox;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Inventory;

/// <summary>
/// The Inventory service as Program.cs wires its bus (consumers behind the inbox/outbox), on the test
/// harness over a freshly migrated database, with a downstream probe for the events it publishes.
/// </summary>
public sealed class InventoryOutboxHost : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ServiceProvider provider;

    private InventoryOutboxHost(ServiceProvider provider)
    {
        this.provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Harness { get; }

    public MarkItemsReturningDeliveries Deliveries { get; } = new();

    public ItemsMarkedReturningProbe.Received Published => provider.GetRequiredService<ItemsMarkedReturningProbe.Received>();

    public static async Task<InventoryOutboxHost> StartAsync(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ItemsMarkedReturningProbe.Received>();
        services.AddInventoryDbContext(database.Options);
        services.Configure<InboxOutboxOptions>(options =>
        {
            options.QueryDelay = TimeSpan.FromMilliseconds(50);
            options.CleanupInterval = TimeSpan.FromMilliseconds(50);
        });
        services.AddMassTransitTestHarness(bus =>
        {
            bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(20), testInactivityTimeout: TimeSpan.FromSeconds(10));
            bus.AddInventoryOutbox().AddInventoryConsumers();
            bus.AddConsumer<ItemsMarkedReturningProbe>();
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseReturnsPipeline(context, new MessagingOptions { RetryIntervalsMs = [] });
                cfg.ConfigureEndpoints(context);
            });
        });

        var provider = services.BuildServiceProvider(validateScopes: true);
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InventoryDbContext>().Database.MigrateAsync();
        }

        var host = new InventoryOutboxHost(provider);
        provider.GetRequiredService<IBus>().ConnectConsumeObserver(host.Deliveries);
        await host.Harness.Start();
        return host;
    }

    /// <summary>Sends the command to the Inventory queue with the given MessageId (the same id twice is a redelivery).</summary>
    public async Task Send(MarkItemsReturning command, Guid messageId)
    {
        var endpoint = await Harness.Bus.GetSendEndpoint(new Uri($"queue:{ReturnQueues.MarkItemsReturning}"));
        await endpoint.Send(command, context => context.MessageId = messageId);
    }

    /// <summary>Runs a query in a scope of its own, as another request would.</summary>
    public async Task<T> Query<T>(Func<InventoryDbContext, Task<T>> query)
    {
        await using var scope = provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<InventoryDbContext>());
    }

    /// <summary>Waits until the condition holds, failing the test after a generous deadline.</summary>
    public static async Task Eventually(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still waiting for: {what}");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync() => await provider.DisposeAsync();
}
