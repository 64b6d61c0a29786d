using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Returns.Hosting.Messaging;

namespace Returns.Tests.Support;

/// <summary>The MassTransit test harness wired like a step service: the project's receive pipeline (outbox, BadMessage rules) with message retry off.</summary>
public static class StepHarness
{
    public static IServiceCollection AddStepHarness(this IServiceCollection services, Action<IBusRegistrationConfigurator> registerConsumers)
    {
        services.AddMassTransitTestHarness(bus =>
        {
            registerConsumers(bus);
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseReturnsPipeline(context, new MessagingOptions { RetryIntervalsMs = [] });
                cfg.ConfigureEndpoints(context);
            });
        });

        // The harness's inactivity signal is one-shot: once idle this long, its lists stop waiting for good.
        // Long enough that no test step trips it; "nothing published" is asked via HarnessQuiet instead.
        services.Configure<TestHarnessOptions>(options => options.TestInactivityTimeout = TimeSpan.FromSeconds(10));
        return services;
    }
}
