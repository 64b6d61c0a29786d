using System.Runtime.CompilerServices;
using MassTransit;
using MassTransit.Configuration;
using MassTransit.DependencyInjection;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Returns.Persistence.Outbox;

public static class InboxOutboxRegistration
{
    // Endpoints already behind the outbox: a definition may ask again for an endpoint that everyEndpoint
    // already covered, and a second filter would open a second transaction on the same DbContext.
    private static readonly ConditionalWeakTable<IReceiveEndpointConfigurator, object> Applied = new();

    /// <summary>
    /// The inbox/outbox over <typeparamref name="TDbContext"/>: the context factory the endpoint filter
    /// uses, the delivery and cleanup services, options from the "Outbox" section. With
    /// <paramref name="everyEndpoint"/>, every consumer and saga endpoint configured by ConfigureEndpoints
    /// gets it but those named in <paramref name="except"/> (read-only endpoints, whose redelivery is harmless
    /// and which would otherwise write an inbox row per question); otherwise call UseEntityFrameworkOutbox
    /// in the definitions that want it.
    /// </summary>
    public static IBusRegistrationConfigurator AddEntityFrameworkOutbox<TDbContext>(
        this IBusRegistrationConfigurator bus, bool everyEndpoint = false, IReadOnlyCollection<string>? except = null)
        where TDbContext : DbContext
    {
        bus.TryAddSingleton(TimeProvider.System);
        // Bound when the host has configuration (every service does; a bare test container may not).
        bus.AddOptions<InboxOutboxOptions>().Configure<IServiceProvider>((options, services) =>
            services.GetService<IConfiguration>()?.GetSection(InboxOutboxOptions.Section).Bind(options));
        bus.TryAddSingleton<OutboxDeliverySignal>();
        bus.TryAddSingleton<InboxRecovery>();
        bus.TryAddSingleton<BusOutboxDelivery>();
        bus.TryAddScoped<IOutboxContextFactory<TDbContext>, DbContextOutboxContextFactory<TDbContext>>();
        bus.AddHostedService<OutboxDeliveryService<TDbContext>>();
        bus.AddHostedService<InboxCleanupService<TDbContext>>();

        if (everyEndpoint)
        {
            bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
            {
                if (except?.Contains(name) != true)
                {
                    endpoint.UseEntityFrameworkOutbox<TDbContext>(context);
                }
            });
        }

        return bus;
    }

    /// <summary>
    /// Also captures what is published or sent outside a consumer (through the scoped IPublishEndpoint or
    /// ISendEndpointProvider) in <typeparamref name="TDbContext"/>, to be sent after the caller's SaveChanges.
    /// </summary>
    public static IBusRegistrationConfigurator AddEntityFrameworkBusOutbox<TDbContext>(this IBusRegistrationConfigurator bus)
        where TDbContext : DbContext
    {
        bus.RemoveAll<IScopedBusContextProvider<IBus>>();
        bus.AddScoped<IScopedBusContextProvider<IBus>, DbContextScopedBusContextProvider<TDbContext>>();
        return bus;
    }

    /// <summary>Puts the consumers and sagas of this endpoint behind the inbox/outbox (call in a definition's ConfigureConsumer/ConfigureSaga); a second call for the same endpoint is ignored.</summary>
    public static void UseEntityFrameworkOutbox<TDbContext>(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
        where TDbContext : DbContext
    {
        if (!Applied.TryAdd(endpoint, typeof(TDbContext)))
        {
            return;
        }

        var options = context.GetRequiredService<IOptions<InboxOutboxOptions>>().Value;
        var observer = new OutboxConsumePipeSpecificationObserver<TDbContext>(endpoint, context)
        {
            MessageDeliveryLimit = options.MessageDeliveryLimit,
            MessageDeliveryTimeout = options.MessageDeliveryTimeout,
        };
        endpoint.ConnectConsumerConfigurationObserver(observer);
        endpoint.ConnectSagaConfigurationObserver(observer);
    }
}
