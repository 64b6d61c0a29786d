namespace Returns.Persistence.Signals;

/// <summary>Wakes a polling background service as soon as there is work for it, instead of at its next poll.</summary>
public abstract class WakeSignal
{
    private TaskCompletionSource next = New();

    /// <summary>Read before looking for work, so work added while looking still wakes the next wait.</summary>
    public Task Next => Volatile.Read(ref next).Task;

    public void Set() => Interlocked.Exchange(ref next, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
