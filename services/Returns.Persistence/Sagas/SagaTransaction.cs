using Returns.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace Returns.Persistence.Sagas;

/// <summary>
/// One saga message, one ReadCommitted transaction: begun before the instance is read, committed after
/// it was written, rolled back when anything in between fails.
/// </summary>
internal static class SagaTransaction
{
    public static async Task Run(DbContext dbContext, Func<Task> work, CancellationToken cancellationToken)
    {
        // An inbox/outbox on the same scoped DbContext opened the transaction already: the saga's
        // changes commit (or roll back) together with the messages it sends.
        if (dbContext.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        // No execution strategy around this on purpose: a strategy that retries would run the saga's
        // behaviour again inside the same consume, and its sends would go out twice. Message retry
        // starts a fresh attempt (new scope, new DbContext, new outbox) instead.
        await using var transaction = await dbContext.BeginReadCommittedAsync(cancellationToken);
        try
        {
            await work();
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await RollBackQuietly(transaction);

            // What this attempt loaded or staged is stale now; should the scope be reused, it starts clean.
            dbContext.ChangeTracker.Clear();
            throw;
        }
    }

    private static async Task RollBackQuietly(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception)
        {
            // The connection may be gone; the server rolls back an unfinished transaction itself, and
            // the original exception is the one worth reporting.
        }
    }
}
