using Returns.Persistence.Scheduling;

namespace Returns.Persistence.Outbox;

/// <summary>
/// What one delivery of a message learned in its earlier passes, so later passes of the same delivery skip
/// database work: the messages its consume pass captured, and whether the outbox rows are gone already.
/// Trusted only for what this delivery itself committed; a redelivery starts with an empty memory.
/// </summary>
public sealed class OutboxPassMemory
{
    /// <summary>The messages the consume pass captured (their sequence numbers are set once the pass saved).</summary>
    public List<OutboxMessage> Captured { get; } = [];

    /// <summary>True once the consume pass that captured <see cref="Captured"/> committed.</summary>
    public bool CapturedCommitted { get; set; }

    /// <summary>True once the pass that marked the message delivered also removed its outbox rows (set before commit; see <see cref="Forget"/>).</summary>
    public bool OutboxRemoved { get; set; }

    /// <summary>Rows for the local scheduler added in the current pass (see LocalScheduleCapture).</summary>
    public List<ScheduledMessageRow> Scheduled { get; } = [];

    /// <summary>Tokens the current pass cancels at the local scheduler, applied just before it saves.</summary>
    public HashSet<Guid> Cancelled { get; } = [];

    /// <summary>A pass that did not commit leaves nothing to trust.</summary>
    public void Forget()
    {
        Captured.Clear();
        Scheduled.Clear();
        Cancelled.Clear();
        CapturedCommitted = false;
        OutboxRemoved = false;
    }
}
