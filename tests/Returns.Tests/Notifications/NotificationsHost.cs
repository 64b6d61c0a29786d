using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Returns.Notifications;
using Returns.Notifications.Smtp;
using Returns.Tests.Support;

namespace Returns.Tests.Notifications;

/// <summary>The Notifications consumers on the test harness, sending real mail to an SMTP port on loopback with short retries.</summary>
public sealed class NotificationsHost : IAsyncDisposable
{
    public const int MaxRetryAttempts = 2;
    private readonly IHost host;

    private NotificationsHost(IHost host, ITestHarness harness, CapturedLogs logs)
    {
        this.host = host;
        Harness = harness;
        Logs = logs;
    }

    public ITestHarness Harness { get; }

    public CapturedLogs Logs { get; }

    public static async Task<NotificationsHost> StartAsync(int smtpPort)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtpPort.ToString(),
            ["Smtp:From"] = "returns@shop.example",
            ["Smtp:Resilience:TimeoutSeconds"] = "5",
            ["Smtp:Resilience:MaxRetryAttempts"] = MaxRetryAttempts.ToString(),
            ["Smtp:Resilience:BaseDelayMs"] = "10",
        });
        var logs = new CapturedLogs();
        builder.Services.AddLogging(logging => logging.AddProvider(logs));
        builder.AddSmtpEmail();
        builder.Services.AddStepHarness(bus => bus.AddNotificationsConsumers());

        var host = builder.Build();
        var harness = host.Services.GetTestHarness();
        await harness.Start();
        return new NotificationsHost(host, harness, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        host.Dispose();
    }
}
