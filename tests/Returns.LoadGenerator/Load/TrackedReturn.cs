using System.Collections.Concurrent;

namespace Returns.LoadGenerator.Load;

/// <summary>One submitted return: when it was published and when each of its step events was seen (Stopwatch ticks).</summary>
public sealed class TrackedReturn(Guid returnId, long submittedAt)
{
    private readonly ConcurrentDictionary<string, long> seen = new();
    private int duplicates;
    private int ended;

    public Guid ReturnId => returnId;
    public long SubmittedAt => submittedAt;

    /// <summary>Each event's first arrival, by name.</summary>
    public IReadOnlyDictionary<string, long> Seen => seen;

    /// <summary>Events that arrived more than once for this return: a step that ran twice.</summary>
    public int Duplicates => duplicates;

    /// <summary>Where the return ended (Completed, Rejected, AwaitingApproval, Cancelled), null while in flight.</summary>
    public string? Outcome { get; private set; }

    public long? EndedAt { get; private set; }

    /// <summary>Records <paramref name="event"/>; false when it was seen before.</summary>
    public bool Record(string @event, long at)
    {
        if (seen.TryAdd(@event, at))
        {
            return true;
        }

        Interlocked.Increment(ref duplicates);
        return false;
    }

    /// <summary>Marks the return ended once; true the first time.</summary>
    public bool End(string outcome, long at)
    {
        if (Interlocked.Exchange(ref ended, 1) == 1)
        {
            return false;
        }

        Outcome = outcome;
        EndedAt = at;
        return true;
    }
}
