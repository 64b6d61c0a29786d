namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>
/// Holds the first attempt of a slow increment after it read the instance, until the test lets it
/// go (or a timeout passes, for a provider where the other writer cannot get in meanwhile).
/// </summary>
public sealed class Gate
{
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int passes;

    public Task Reached => reached.Task;

    public int Passes => Volatile.Read(ref passes);

    public void Open() => opened.TrySetResult();

    public async Task Pass()
    {
        if (Interlocked.Increment(ref passes) == 1)
        {
            reached.TrySetResult();
            await opened.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
    }
}
