using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Returns.Hosting.Logging;

namespace Returns.Hosting.Messaging;

public static class MessagingExtensions
{
    /// <summary>MassTransit on RabbitMQ with the project's conventions: kebab-case queues, retry, in-memory outbox.</summary>
    public static IHostApplicationBuilder AddReturnsMessaging(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator> registerConsumers)
    {
        var rabbit = builder.Configuration.GetSection(RabbitMqOptions.Section).Get<RabbitMqOptions>() ?? new();
        var messaging = MessagingOptions.From(builder.Configuration);

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            registerConsumers(bus);

            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, host =>
                {
                    host.Username(rabbit.Username);
                    host.Password(rabbit.Password);
                });
                cfg.PrefetchCount = messaging.PrefetchCount;
                cfg.UseReturnsPipeline(context, messaging);
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    /// <summary>
    /// The receive pipeline every endpoint shares, also used by the harness tests so they see the
    /// same retry and outbox behaviour as production.
    /// </summary>
    public static void UseReturnsPipeline(this IBusFactoryConfigurator cfg, IRegistrationContext context, MessagingOptions options)
    {
        if (options.RetryIntervalsMs.Length > 0)
        {
            cfg.UseMessageRetry(retry =>
            {
                retry.Intervals(options.RetryIntervalsMs);
                retry.Ignore<BadMessageException>();
            });
        }

        // Every log line written while a message is handled names its return (and its span carries the id).
        // Inside the retry on purpose: this scoped filter opens the message's DI scope, and each attempt needs a
        // fresh one (a new DbContext after a version conflict); MassTransit reuses a scope opened outside it.
        cfg.UseConsumeFilter(typeof(ReturnLogScopeFilter<>), context);

        // Publishes and sends leave only after the consumer (or saga) finished without an exception,
        // so a failed attempt never tells the world half a story.
        cfg.UseInMemoryOutbox(context);
    }
}
