namespace Returns.Persistence.Scheduling;

/// <summary>The local scheduler an inbox/outbox pass may write to (null when this process hosts none) and the dispatcher's wake-up.</summary>
public sealed record PassScheduler(LocalScheduler? Local, SchedulerWakeSignal? Wake)
{
    /// <summary>After a commit: a row stored due already goes out now, not at the dispatcher's next poll.</summary>
    public void WakeForDue(IEnumerable<ScheduledMessageRow> committed, DateTime now)
    {
        if (Wake is not null && committed.Any(row => row.DueTime <= now))
        {
            Wake.Set();
        }
    }
}
