using System.Collections.Concurrent;
using System.Diagnostics;

namespace Returns.LoadGenerator.Load;

/// <summary>
/// The returns of one run and what the observer saw of them. Events about other returns (a system shared
/// with other clients) are ignored; a return is registered before it is published, so its first event
/// can never arrive unknown.
/// </summary>
public sealed class ReturnTracker
{
    private readonly ConcurrentDictionary<Guid, TrackedReturn> returns = new();
    private long observedMessages;
    private long observedBytes;
    private int ended;

    /// <summary>Raised once per return when it reaches an outcome.</summary>
    public event Action<TrackedReturn>? Ended;

    public int Submitted => returns.Count;
    public int EndedCount => Volatile.Read(ref ended);
    public IReadOnlyList<TrackedReturn> Returns => returns.Values.ToList();

    /// <summary>The mean size of the step events observed (MassTransit envelope included), the size the baseline sends.</summary>
    public int MeanMessageBytes => observedMessages == 0 ? 0 : (int)(observedBytes / observedMessages);

    public TrackedReturn Get(Guid returnId) => returns[returnId];

    public TrackedReturn Register(Guid returnId)
    {
        var tracked = new TrackedReturn(returnId, Stopwatch.GetTimestamp());
        return returns.TryAdd(returnId, tracked) ? tracked : throw new InvalidOperationException($"Return {returnId} was registered twice.");
    }

    /// <summary>Records a step event; <paramref name="outcome"/> set when the event ends the return.</summary>
    public void Observe(Guid returnId, string @event, string? outcome, long? bodyBytes)
    {
        var at = Stopwatch.GetTimestamp();
        if (!returns.TryGetValue(returnId, out var tracked))
        {
            return;
        }

        if (bodyBytes is { } bytes)
        {
            Interlocked.Increment(ref observedMessages);
            Interlocked.Add(ref observedBytes, bytes);
        }

        if (tracked.Record(@event, at) && outcome is not null && tracked.End(outcome, at))
        {
            Interlocked.Increment(ref ended);
            Ended?.Invoke(tracked);
        }
    }
}
