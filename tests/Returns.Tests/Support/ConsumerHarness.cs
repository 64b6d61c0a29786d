using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Returns.Contracts;
using Returns.Hosting.Messaging;

namespace Returns.Tests.Support;

/// <summary>
/// One started MassTransit test harness for one scenario, on the in-memory transport with the
/// production receive pipeline (retry that skips BadMessageException, in-memory outbox) but short
/// retry intervals so a transient failure faults in milliseconds.
/// </summary>
public sealed class ConsumerHarness : IAsyncDisposable
{
    /// <summary>Three attempts in all, like production, but 10 ms apart.</summary>
    public static readonly int[] FastRetries = [10, 10];

    private readonly ServiceProvider provider;

    private ConsumerHarness(ServiceProvider provider, ITestHarness harness)
    {
        this.provider = provider;
        Harness = harness;
    }

    public ITestHarness Harness { get; }

    public IServiceProvider Services => provider;

    /// <summary>Registers the services, then the consumers, and starts the bus.</summary>
    public static async Task<ConsumerHarness> StartAsync(
        Action<IBusRegistrationConfigurator> addConsumers,
        Action<IServiceCollection>? addServices = null,
        int[]? retryIntervalsMs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        addServices?.Invoke(services);
        services.AddMassTransitTestHarness(bus =>
        {
            addConsumers(bus);
            // The harness's inactivity signal is one-shot: once the bus has been idle this long its lists
            // stop waiting for good, so a short one lets a slow machine fail a positive wait. Negative
            // questions get their own window (AllPublished) instead.
            bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(10), testInactivityTimeout: TimeSpan.FromSeconds(10));
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseReturnsPipeline(context, new MessagingOptions { RetryIntervalsMs = retryIntervalsMs ?? FastRetries });
                cfg.ConfigureEndpoints(context);
            });
        });

        var provider = services.BuildServiceProvider(validateScopes: true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        return new ConsumerHarness(provider, harness);
    }

    /// <summary>Sends a command to a step's queue by its name, as the saga does.</summary>
    public async Task SendAsync<T>(string queue, T command)
        where T : class
    {
        var endpoint = await Harness.Bus.GetSendEndpoint(ReturnQueues.Address(queue));
        await endpoint.Send(command);
    }

    /// <summary>The first published message of this type that matches, failing the test when none comes.</summary>
    public async Task<T> PublishedAsync<T>(Func<T, bool>? match = null)
        where T : class
    {
        match ??= _ => true;
        var found = await Harness.Published.Any<T>(p => match(p.Context.Message));
        found.ShouldBeTrue($"no {typeof(T).Name} was published");
        return Harness.Published.Select<T>(p => match(p.Context.Message), HarnessQuiet.Snapshot).First().Context.Message;
    }

    /// <summary>
    /// Every message of this type published within a short window (<see cref="HarnessQuiet.Window"/>):
    /// asked after a positive wait, an empty list means none came rather than none yet.
    /// </summary>
    public async Task<IReadOnlyList<T>> AllPublished<T>()
        where T : class
    {
        await Task.Delay(HarnessQuiet.Window);
        return Harness.Published.Select<T>(HarnessQuiet.Snapshot).Select(p => p.Context.Message).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await provider.DisposeAsync();
    }
}
