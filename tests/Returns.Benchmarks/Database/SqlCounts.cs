namespace Returns.Benchmarks.Database;

/// <summary>What the saga's DbContexts asked of the server over a stretch of the run.</summary>
public sealed record SqlCounts(long Commands, long Transactions, long Savepoints, long Conflicts)
{
    public static readonly SqlCounts None = new(0, 0, 0, 0);

    public static SqlCounts operator +(SqlCounts left, SqlCounts right) => new(
        left.Commands + right.Commands,
        left.Transactions + right.Transactions,
        left.Savepoints + right.Savepoints,
        left.Conflicts + right.Conflicts);

    public static SqlCounts operator -(SqlCounts later, SqlCounts earlier) => new(
        later.Commands - earlier.Commands,
        later.Transactions - earlier.Transactions,
        later.Savepoints - earlier.Savepoints,
        later.Conflicts - earlier.Conflicts);
}
