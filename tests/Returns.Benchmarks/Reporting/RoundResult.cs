using Returns.Benchmarks.Database;

namespace Returns.Benchmarks.Reporting;

/// <summary>One round on one repository: returns driven, transitions stored, saga messages handled, wall time.</summary>
public sealed record RoundResult(int Returns, int Transitions, long SagaMessages, TimeSpan Elapsed, SqlCounts? Sql)
{
    public double TransitionsPerSecond => Transitions / Elapsed.TotalSeconds;

    public double MessagesPerSecond => SagaMessages / Elapsed.TotalSeconds;
}
