using System.Collections.Concurrent;

namespace Returns.Benchmarks.Driving;

/// <summary>The returns of one round that have not yet got past the join; completes when none are left.</summary>
public sealed class RoundWaiter
{
    private readonly ConcurrentDictionary<Guid, byte> pending;
    private readonly TaskCompletionSource completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RoundWaiter(IEnumerable<Guid> returnIds)
    {
        pending = new(returnIds.Select(id => KeyValuePair.Create(id, (byte)0)));
        if (pending.IsEmpty)
        {
            completion.SetResult();
        }
    }

    public int Remaining => pending.Count;

    public Task Completion => completion.Task;

    /// <summary>Seen once per return: a retried attempt that passes the join again changes nothing.</summary>
    public void Passed(Guid returnId)
    {
        if (pending.TryRemove(returnId, out _) && pending.IsEmpty)
        {
            completion.TrySetResult();
        }
    }
}
