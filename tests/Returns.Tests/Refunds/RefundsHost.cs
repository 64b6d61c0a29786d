using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Returns.Refunds;
using Returns.Refunds.Payments;
using Returns.Tests.Support;

namespace Returns.Tests.Refunds;

/// <summary>The Refunds consumers on the test harness, calling the fake Payments API through the real typed client and Polly handler.</summary>
public sealed class RefundsHost : IAsyncDisposable
{
    public const int MaxRetryAttempts = 2;
    private readonly IHost host;

    private RefundsHost(IHost host, ITestHarness harness, FakePaymentsHandler payments)
    {
        this.host = host;
        Harness = harness;
        Payments = payments;
    }

    public ITestHarness Harness { get; }

    public FakePaymentsHandler Payments { get; }

    public static async Task<RefundsHost> StartAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["External:Payments:BaseAddress"] = "http://payments.test/",
            ["External:Payments:Resilience:MaxRetryAttempts"] = MaxRetryAttempts.ToString(),
            ["External:Payments:Resilience:BaseDelayMs"] = "10",
            ["External:Payments:Resilience:TimeoutSeconds"] = "5",
        });
        builder.Services.AddLogging();
        var payments = new FakePaymentsHandler();
        builder.AddPaymentsApi().ConfigurePrimaryHttpMessageHandler(() => payments);
        builder.Services.AddStepHarness(bus => bus.AddRefundsConsumers());

        var host = builder.Build();
        var harness = host.Services.GetTestHarness();
        await harness.Start();
        return new RefundsHost(host, harness, payments);
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        host.Dispose();
    }
}
