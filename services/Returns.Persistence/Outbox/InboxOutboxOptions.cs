namespace Returns.Persistence.Outbox;

/// <summary>Knobs of the inbox/outbox and its background services, bound from the "Outbox" section.</summary>
public sealed class InboxOutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How long an inbox row is kept: a redelivery of the same message within it is recognised and not consumed again.</summary>
    public TimeSpan DuplicateDetectionWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the delivery service looks for undelivered messages (it also wakes at once after a bus-outbox commit).</summary>
    public TimeSpan QueryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Rows read or removed per query by the background services.</summary>
    public int QueryMessageLimit { get; set; } = 100;

    /// <summary>How often old inbox rows are removed.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long after its consumer committed a message's outgoing messages may stay undelivered before
    /// the delivery service takes them over (the process crashed, or the delivery pass kept failing).
    /// </summary>
    public TimeSpan RecoveryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Outgoing messages delivered per transaction after a consumer committed.</summary>
    public int MessageDeliveryLimit { get; set; } = 10;

    /// <summary>How long one hand-over to the broker may take.</summary>
    public TimeSpan MessageDeliveryTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
