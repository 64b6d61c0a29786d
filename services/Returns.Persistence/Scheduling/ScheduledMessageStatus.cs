namespace Returns.Persistence.Scheduling;

/// <summary>Where a scheduled message is in its life; stored as text so the table reads well in an audit.</summary>
public enum ScheduledMessageStatus
{
    /// <summary>Waiting for its due time, or due and waiting for (another attempt at) delivery.</summary>
    Pending,

    /// <summary>Sent to its destination; kept for the retention period, then purged.</summary>
    Delivered,

    /// <summary>Cancelled before it fired (or a cancel that arrived before its schedule); never sent.</summary>
    Cancelled,

    /// <summary>Every delivery attempt failed; left for a person to look at, never purged.</summary>
    Failed,
}
