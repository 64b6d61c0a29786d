using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Returns.Contracts;
using Returns.Contracts.Notifications;
using Returns.Hosting.Messaging;
using Returns.Notifications;
using Returns.Notifications.Data;
using Returns.Notifications.Smtp;
using Returns.Persistence.Outbox;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Notifications;

/// <summary>
/// One Notifications process as Program.cs wires its bus (consumers behind the inbox/outbox), on the
/// test harness over the given database, mailing the given SMTP port, with a downstream probe for its events.
/// </summary>
public sealed class NotificationsOutboxHost : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly IHost host;

    private NotificationsOutboxHost(IHost host)
    {
        this.host = host;
        Harness = host.Services.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Harness { get; }

    public SendReturnConfirmationDeliveries Deliveries { get; } = new();

    public static async Task<NotificationsOutboxHost> StartAsync(TestDatabase database, int smtpPort, ReturnEmailSentProbe.Received published)
    {
        // An empty builder: the test output folder holds some service's appsettings.json, which must not leak in.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtpPort.ToString(),
            ["Smtp:From"] = "returns@shop.example",
            ["Smtp:Resilience:TimeoutSeconds"] = "5",
            ["Smtp:Resilience:MaxRetryAttempts"] = "1",
            ["Smtp:Resilience:BaseDelayMs"] = "10",
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton(published);
        builder.AddSmtpEmail();
        builder.Services.AddNotificationsDbContext(database.Options);
        builder.Services.Configure<InboxOutboxOptions>(options =>
        {
            options.QueryDelay = TimeSpan.FromMilliseconds(50);
            options.CleanupInterval = TimeSpan.FromMilliseconds(50);
        });
        builder.Services.AddMassTransitTestHarness(bus =>
        {
            bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(20), testInactivityTimeout: TimeSpan.FromSeconds(10));
            bus.AddNotificationsOutbox().AddNotificationsConsumers();
            bus.AddConsumer<ReturnEmailSentProbe>();
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseReturnsPipeline(context, new MessagingOptions { RetryIntervalsMs = [] });
                cfg.ConfigureEndpoints(context);
            });
        });

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database.MigrateAsync();
        }

        var started = new NotificationsOutboxHost(host);
        host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(started.Deliveries);
        await started.Harness.Start();
        return started;
    }

    /// <summary>Sends the command to the confirmation queue with the given MessageId (the same id twice is a redelivery).</summary>
    public async Task Send(SendReturnConfirmation command, Guid messageId)
    {
        var endpoint = await Harness.Bus.GetSendEndpoint(new Uri($"queue:{ReturnQueues.SendReturnConfirmation}"));
        await endpoint.Send(command, context => context.MessageId = messageId);
    }

    /// <summary>Runs a query in a scope of its own, as another request would.</summary>
    public async Task<T> Query<T>(Func<NotificationsDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>());
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

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        host.Dispose();
    }
}
