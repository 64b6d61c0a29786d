using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Returns.Benchmarks.Database;

/// <summary>
/// Counts, on the saga's DbContext, the statements sent, the transactions begun, the savepoints EF Core
/// sets around a SaveChanges inside a transaction, and the Version conflicts that message retry absorbs:
/// where the repository's time goes, without a profiler.
/// </summary>
public sealed class SqlTally : IDbCommandInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor
{
    private long commands;
    private long transactions;
    private long savepoints;
    private long conflicts;

    public SqlCounts Read() => new(
        Interlocked.Read(ref commands),
        Interlocked.Read(ref transactions),
        Interlocked.Read(ref savepoints),
        Interlocked.Read(ref conflicts));

    public DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref commands);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref transactions);
        return ValueTask.FromResult(result);
    }

    public Task CreatedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref savepoints);
        return Task.CompletedTask;
    }

    public ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref conflicts);
        return ValueTask.FromResult(result);
    }
}
