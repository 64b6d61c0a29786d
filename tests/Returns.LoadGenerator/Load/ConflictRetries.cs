namespace Returns.LoadGenerator.Load;

/// <summary>
/// Counts the saga's version-conflict retries from the orchestrator's log: MassTransit writes an R-RETRY
/// warning with the exception for every retried attempt, and a conflict is a DbUpdateConcurrencyException.
/// </summary>
public sealed class ConflictRetries
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public static bool IsConflictRetry(string line) =>
        line.Contains("R-RETRY", StringComparison.Ordinal) && line.Contains("DbUpdateConcurrencyException", StringComparison.Ordinal);

    /// <summary>Takes one log line; counts it if it is a conflict retry.</summary>
    public void Take(string line)
    {
        if (IsConflictRetry(line))
        {
            Interlocked.Increment(ref count);
        }
    }
}
