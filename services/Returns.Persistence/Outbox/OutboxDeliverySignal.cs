namespace Returns.Persistence.Outbox;

/// <summary>Wakes the delivery service as soon as a bus-outbox batch is committed, instead of at its next poll.</summary>
public sealed class OutboxDeliverySignal
{
    private TaskCompletionSource next = New();

    /// <summary>Read before looking for work, so a commit made while looking still wakes the next wait.</summary>
    public Task Next => Volatile.Read(ref next).Task;

    public void Set() => Interlocked.Exchange(ref next, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
