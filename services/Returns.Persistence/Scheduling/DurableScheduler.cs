namespace Returns.Persistence.Scheduling;

/// <summary>The durable scheduler's queue: its default name and the address senders point at.</summary>
public static class DurableScheduler
{
    public const string DefaultQueueName = "scheduler";

    public static Uri Address(string queueName = DefaultQueueName) => new($"queue:{queueName}");
}
