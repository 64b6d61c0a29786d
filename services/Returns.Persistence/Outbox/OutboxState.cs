namespace Returns.Persistence.Outbox;

/// <summary>A batch of messages sent outside a consumer (the bus outbox), committed with the caller's changes.</summary>
public sealed class OutboxState
{
    public Guid OutboxId { get; set; }

    /// <summary>The delivery pass that last took the batch: tells replicas' log lines apart.</summary>
    public Guid LockId { get; set; }

    public DateTimeOffset Created { get; set; }

    public DateTimeOffset? Delivered { get; set; }

    public long? LastSequenceNumber { get; set; }

    /// <summary>Concurrency token, incremented on every update.</summary>
    public int Version { get; set; }
}
