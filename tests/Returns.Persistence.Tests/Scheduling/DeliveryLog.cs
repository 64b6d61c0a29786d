using System.Collections.Concurrent;

namespace Returns.Persistence.Tests.Scheduling;

/// <summary>One delivered reminder as its consumer saw it.</summary>
public sealed record Delivery(Reminder Message, Guid? TokenId, Guid? MessageId);

/// <summary>
/// What one host's reminder consumer received. Counted here rather than through the harness,
/// whose waits give up for good after the bus has once been idle.
/// </summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentQueue<Delivery> deliveries = new();

    public IReadOnlyList<Delivery> All => [.. deliveries];

    public void Add(Delivery delivery) => deliveries.Enqueue(delivery);
}
