using MassTransit;
using MassTransit.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Returns.Persistence.Outbox;

/// <summary>
/// Replaces MassTransit's scoped bus context: inside a consumer nothing changes (the consumer's
/// own context, and the inbox/outbox where configured, decide); outside one, sends go to the bus outbox.
/// </summary>
public sealed class DbContextScopedBusContextProvider<TDbContext>(
    IBus bus,
    Bind<IBus, IClientFactory> clientFactory,
    Bind<IBus, IScopedConsumeContextProvider> busConsumeContext,
    IScopedConsumeContextProvider globalConsumeContext,
    IServiceProvider provider)
    : IScopedBusContextProvider<IBus>
    where TDbContext : DbContext
{
    private readonly ScopedBusContextProvider<IBus> standard = new(bus, clientFactory, busConsumeContext, globalConsumeContext, provider);

    public ScopedBusContext Context => field ??= busConsumeContext.Value.HasContext || globalConsumeContext.HasContext
        ? standard.Context
        : new DbContextScopedBusContext<TDbContext>(
            bus,
            provider.GetRequiredService<TDbContext>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<OutboxDeliverySignal>(),
            standard.Context.ClientFactory,
            provider);
}
