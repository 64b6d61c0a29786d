namespace Returns.Persistence.Tests.Scheduling;

/// <summary>Waits for a condition the background dispatcher makes true, failing with a message after a deadline.</summary>
public static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    /// <summary>A few dispatcher polls (the specs poll every 20 ms): long enough for a wrong delivery to show.</summary>
    public static readonly TimeSpan SeveralPolls = TimeSpan.FromMilliseconds(250);

    public static async Task True(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {Deadline.TotalSeconds} s waiting until {what}.");
            }

            await Task.Delay(20);
        }
    }

    public static Task True(Func<bool> condition, string what) => True(() => Task.FromResult(condition()), what);
}
