using System.Net.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Returns.Sandbox.Smtp;

namespace Returns.Tests.Sandbox.Smtp;

/// <summary>The SMTP sink running in its own host on a free loopback port, as the sandbox runs it.</summary>
public sealed class RunningSmtpSink : IAsyncDisposable
{
    private readonly IHost host;

    private RunningSmtpSink(IHost host) => this.host = host;

    public int Port => host.Services.GetRequiredService<SmtpSink>().Port;

    public Mailbox Mailbox => host.Services.GetRequiredService<Mailbox>();

    public static async Task<RunningSmtpSink> StartAsync(ISmtpFaultPolicy? faults = null, Dictionary<string, string?>? settings = null)
    {
        // An empty builder: the test output folder holds some service's appsettings.json, which must not leak in.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Smtp:Port"] = "0" });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddLogging();
        if (faults is not null)
        {
            builder.Services.AddSingleton(faults);
        }

        builder.AddSmtpSink();
        var host = builder.Build();
        await host.StartAsync();
        return new RunningSmtpSink(host);
    }

    public SmtpClient CreateClient() => new("127.0.0.1", Port)
    {
        DeliveryMethod = SmtpDeliveryMethod.Network,
        Timeout = 10_000,
    };

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
