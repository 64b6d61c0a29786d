using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Returns.Hosting.Messaging;

namespace Returns.Tests.Support;

/// <summary>The MassTransit test harness wired like a step service: the project's receive pipeline (outbox, BadMessage rules) with message retry off.</summary>
public static class StepHarness
{
    public static IServiceCollection AddStepHarness(this IServiceCollection services, Action<IBusRegistrationConfigurator> registerConsumers) =>
        services.AddMassTransitTestHarness(bus =>
        {
            registerConsumers(bus);
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseReturnsPipeline(context, new MessagingOptions { RetryIntervalsMs = [] });
                cfg.ConfigureEndpoints(context);
            });
        });
}
