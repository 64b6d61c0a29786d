using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Returns.Sandbox.Smtp;

namespace Returns.Persistence.Tests.Notifications;

/// <summary>The sandbox's SMTP sink in a host of its own on a free loopback port; outlives the Notifications hosts of a test.</summary>
public sealed class SmtpSinkHost : IAsyncDisposable
{
    private readonly IHost host;

    private SmtpSinkHost(IHost host) => this.host = host;

    public int Port => host.Services.GetRequiredService<SmtpSink>().Port;

    public Mailbox Mailbox => host.Services.GetRequiredService<Mailbox>();

    public static async Task<SmtpSinkHost> StartAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Smtp:Port"] = "0" });
        builder.Services.AddLogging();
        builder.AddSmtpSink();
        var host = builder.Build();
        await host.StartAsync();
        return new SmtpSinkHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
