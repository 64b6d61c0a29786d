using System.Collections.Concurrent;
using MassTransit;
using Returns.Contracts.Inventory;

namespace Returns.Persistence.Tests.Inventory;

/// <summary>Downstream subscriber (the orchestrator's stand-in): records every ItemsMarkedReturning that reached the transport.</summary>
public sealed class ItemsMarkedReturningProbe(ItemsMarkedReturningProbe.Received received) : IConsumer<ItemsMarkedReturning>
{
    public Task Consume(ConsumeContext<ItemsMarkedReturning> context)
    {
        received.Add(context.Message);
        return Task.CompletedTask;
    }

    /// <summary>Shared by the probe's instances.</summary>
    public sealed class Received
    {
        private readonly ConcurrentQueue<ItemsMarkedReturning> events = new();

        public void Add(ItemsMarkedReturning message) => events.Enqueue(message);

        public IReadOnlyList<ItemsMarkedReturning> Of(Guid returnId) => events.Where(x => x.ReturnId == returnId).ToList();
    }
}
