using System.Collections.Concurrent;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Durability;

/// <summary>
/// Counts the saga version conflicts each orchestrator replica retried, from its log: MassTransit
/// writes an R-RETRY warning with the exception for every retried attempt, and a conflict is a
/// DbUpdateConcurrencyException (the UPDATE found another Version than the one it read).
/// </summary>
public sealed class VersionConflicts
{
    private readonly ConcurrentDictionary<string, int> retried = new();

    public VersionConflicts(IEnumerable<ServiceProcess> orchestrators)
    {
        foreach (var orchestrator in orchestrators)
        {
            retried[orchestrator.Name] = 0;
            orchestrator.LineWritten += line =>
            {
                if (line.Contains("R-RETRY", StringComparison.Ordinal) && line.Contains("DbUpdateConcurrencyException", StringComparison.Ordinal))
                {
                    retried.AddOrUpdate(orchestrator.Name, 1, (_, n) => n + 1);
                }
            };
        }
    }

    public int Total => retried.Values.Sum();

    /// <summary>Per replica, e.g. "Orchestrator-1 3, Orchestrator-2 5".</summary>
    public override string ToString() => string.Join(", ", retried.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}"));
}
