using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Returns.LoadGenerator.Load;

/// <summary>
/// Counts message retries from the services' logs: MassTransit writes an R-RETRY warning with the exception
/// for every retried attempt. A saga version conflict is a DbUpdateConcurrencyException; the other retries
/// are kept by process and exception type, since under load they say where the time goes.
/// </summary>
public sealed partial class ConflictRetries
{
    private readonly ConcurrentDictionary<string, int> others = new();
    private int count;

    /// <summary>Saga version conflicts retried.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>Every other retry, as "process: exception type" → count.</summary>
    public IReadOnlyDictionary<string, int> Others => others.OrderBy(o => o.Key).ToDictionary(o => o.Key, o => o.Value);

    public static bool IsConflictRetry(string line) =>
        line.Contains("R-RETRY", StringComparison.Ordinal) && line.Contains("DbUpdateConcurrencyException", StringComparison.Ordinal);

    /// <summary>Takes one log line of <paramref name="process"/>; counts it if it is a retry.</summary>
    public void Take(string process, string line)
    {
        if (!line.Contains("R-RETRY", StringComparison.Ordinal))
        {
            return;
        }

        if (IsConflictRetry(line))
        {
            Interlocked.Increment(ref count);
            return;
        }

        var exception = ExceptionType().Match(line);
        others.AddOrUpdate($"{process}: {(exception.Success ? exception.Value : "unknown")}", 1, (_, n) => n + 1);
    }

    [GeneratedRegex(@"[A-Za-z_][\w.]*Exception\b")]
    private static partial Regex ExceptionType();
}
