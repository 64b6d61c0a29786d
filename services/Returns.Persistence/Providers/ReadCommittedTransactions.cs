using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Returns.Persistence.Providers;

/// <summary>Begins the ReadCommitted transactions the inbox/outbox, the saga repository and the outbox deliveries run in, without automatic savepoints.</summary>
public static class ReadCommittedTransactions
{
    /// <summary>
    /// EF Core wraps each SaveChanges inside an explicit transaction in a savepoint (two more round trips per
    /// save) so that a failed save could be retried within the transaction. Nothing here does that: every
    /// caller rolls the whole transaction back when a save fails (PostgreSQL refuses further statements in a
    /// failed transaction anyway), so the savepoints were pure cost: about a fifth of the orchestrator's CPU
    /// under load.
    /// </summary>
    public static Task<IDbContextTransaction> BeginReadCommittedAsync(this DbContext db, CancellationToken cancellationToken)
    {
        db.Database.AutoSavepointsEnabled = false;
        return db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
    }
}
