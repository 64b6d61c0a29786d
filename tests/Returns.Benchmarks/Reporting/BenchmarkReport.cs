namespace Returns.Benchmarks.Reporting;

/// <summary>Everything one run measured: both repositories, where it ran, and the database it used (dropped by now).</summary>
public sealed record BenchmarkReport(
    BenchmarkSettings Settings,
    MachineInfo Machine,
    RepositoryFigures InMemory,
    RepositoryFigures PostgreSql,
    string DatabaseName)
{
    /// <summary>How many times faster the in-memory repository moves the saga (median against median).</summary>
    public double Ratio => InMemory.TransitionsPerSecond / PostgreSql.TransitionsPerSecond;
}
