using Returns.Benchmarks.Database;

namespace Returns.Benchmarks.Reporting;

/// <summary>
/// One round on one repository: returns driven, transitions stored, saga messages handled, wall time, and
/// the processor time this process spent (the database server's is not in it).
/// </summary>
public sealed record RoundResult(int Returns, int Transitions, long SagaMessages, TimeSpan Elapsed, TimeSpan ProcessorTime, SqlCounts? Sql)
{
    public double TransitionsPerSecond => Transitions / Elapsed.TotalSeconds;

    public double MessagesPerSecond => SagaMessages / Elapsed.TotalSeconds;

    /// <summary>Less sensitive than wall time to other work on the machine: waiting for a core costs no processor time.</summary>
    public double ProcessorMsPerMessage => ProcessorTime.TotalMilliseconds / SagaMessages;
}
