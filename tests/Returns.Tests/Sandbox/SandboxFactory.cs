using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Returns.Sandbox;

namespace Returns.Tests.Sandbox;

/// <summary>The sandbox in memory, started at a fixed moment. Each test class gets its own, so ledgers and faults do not leak between classes.</summary>
public sealed class SandboxFactory : WebApplicationFactory<SandboxEntryPoint>
{
    public static readonly DateTimeOffset StartedAt = new(2026, 6, 15, 9, 30, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Port 0: the SMTP sink takes a free port, so parallel test classes and a running local system never collide.
        builder.UseSetting("Smtp:Port", "0");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(StartedAt)));
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
