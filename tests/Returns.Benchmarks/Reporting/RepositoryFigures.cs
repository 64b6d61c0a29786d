using Returns.Benchmarks.Database;

namespace Returns.Benchmarks.Reporting;

/// <summary>The measured rounds of one repository; the median stands for them (robust to one disturbed round).</summary>
public sealed record RepositoryFigures(string Repository, IReadOnlyList<RoundResult> Rounds)
{
    public double TransitionsPerSecond => Median(Rounds.Select(r => r.TransitionsPerSecond));

    public double MessagesPerSecond => Median(Rounds.Select(r => r.MessagesPerSecond));

    public double ProcessorMsPerMessage => Median(Rounds.Select(r => r.ProcessorMsPerMessage));

    public long SagaMessages => Rounds.Sum(r => r.SagaMessages);

    /// <summary>Summed over the measured rounds; null for a repository without SQL.</summary>
    public SqlCounts? Sql => Rounds.Any(r => r.Sql is null) ? null : Rounds.Aggregate(SqlCounts.None, (sum, r) => sum + r.Sql!);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
