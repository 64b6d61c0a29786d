using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Returns.Persistence.Scheduling;

/// <summary>
/// Wiring for the durable scheduler (RabbitMQ here has no delayed-exchange plugin).
/// In the service that hosts it (its DbContext calls <c>modelBuilder.AddScheduledMessages()</c>):
/// <code>
/// builder.AddReturnsMessaging(bus =>
/// {
///     bus.AddDurableScheduler&lt;OrchestratorDbContext&gt;();   // consumers on "scheduler" + dispatcher
///     bus.AddDurableSchedulerClient();                        // this service schedules too
/// });
/// </code>
/// In every other service that schedules: <c>bus.AddDurableSchedulerClient();</c>, which amounts to
/// <c>bus.AddMessageScheduler(new Uri("queue:scheduler"))</c> plus <c>UseMessageScheduler</c> on each endpoint.
/// Settings: "Scheduler" section (PollIntervalMs, BatchSize, DeliveredRetention, MaxAttempts, ClaimTimeout).
/// </summary>
public static class DurableSchedulerRegistration
{
    /// <summary>Hosts the durable scheduler: its consumers on <paramref name="queueName"/>, rows in TDbContext, the polling dispatcher.</summary>
    public static IBusRegistrationConfigurator AddDurableScheduler<TDbContext>(
        this IBusRegistrationConfigurator bus,
        string queueName = DurableScheduler.DefaultQueueName,
        Action<SchedulerOptions>? configure = null)
        where TDbContext : DbContext
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);

        bus.AddConsumer<ScheduleMessageConsumer<TDbContext>>().Endpoint(endpoint => endpoint.Name = queueName);
        bus.AddConsumer<CancelScheduledMessageConsumer<TDbContext>>().Endpoint(endpoint => endpoint.Name = queueName);

        // Bound from configuration when the host has one (a bare test container has none), then the caller's tweaks.
        var scheduler = bus.AddOptions<SchedulerOptions>()
            .Configure<IServiceProvider>((options, services) => services.GetService<IConfiguration>()?.GetSection(SchedulerOptions.Section).Bind(options));
        if (configure is not null)
        {
            scheduler.Configure(configure);
        }

        bus.TryAddSingleton(TimeProvider.System);
        bus.TryAddSingleton<SchedulerWakeSignal>();
        bus.TryAddSingleton(new LocalScheduler(queueName, typeof(TDbContext)));
        bus.TryAddScoped<ScheduledMessageDispatcher<TDbContext>>();
        bus.AddHostedService<ScheduledMessageDispatchService<TDbContext>>();
        return bus;
    }

    /// <summary>Points IMessageScheduler, ScheduleSend and saga Schedule/Unschedule at the durable scheduler's queue.</summary>
    public static IBusRegistrationConfigurator AddDurableSchedulerClient(
        this IBusRegistrationConfigurator bus,
        string queueName = DurableScheduler.DefaultQueueName)
    {
        var address = DurableScheduler.Address(queueName);
        bus.AddMessageScheduler(address);
        bus.AddConfigureEndpointsCallback((_, endpoint) => endpoint.UseMessageScheduler(address));
        return bus;
    }
}
