namespace Returns.Persistence.Outbox;

/// <summary>One received message per consumer: whether it was consumed and its outgoing messages delivered.</summary>
public sealed class InboxState
{
    /// <summary>Surrogate key: keeps the clustered index append-only on SQL Server (the natural key is two GUIDs).</summary>
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    /// <summary>Derived from the endpoint name and the consumer type, so each consumer has its own inbox.</summary>
    public Guid ConsumerId { get; set; }

    public DateTimeOffset Received { get; set; }

    public int ReceiveCount { get; set; }

    public DateTimeOffset? Consumed { get; set; }

    public DateTimeOffset? Delivered { get; set; }

    /// <summary>The last outgoing message handed to the transport; a later pass resumes after it.</summary>
    public long? LastSequenceNumber { get; set; }

    /// <summary>Concurrency token, incremented on every update.</summary>
    public int Version { get; set; }
}
