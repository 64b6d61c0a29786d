using Returns.Persistence.Providers;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Returns.Persistence.Outbox;

/// <summary>
/// Delivers bus-outbox batches (messages sent outside a consumer), oldest first, each under a row lock
/// that other replicas skip. A delivered batch keeps its OutboxState row (Delivered set) until cleanup.
/// </summary>
public sealed class BusOutboxDelivery(IBus bus, IOptions<InboxOutboxOptions> options, TimeProvider time, ILogger<BusOutboxDelivery> logger)
{
    private InboxOutboxOptions Options => options.Value;

    /// <summary>Delivers batches until none is waiting, a send fails or the query limit is reached; returns how many messages were sent.</summary>
    public async Task<int> DeliverWaiting(DbContext db, CancellationToken cancellationToken)
    {
        var sent = 0;
        while (sent < Options.QueryMessageLimit)
        {
            var (count, more) = await DeliverOldest(db, cancellationToken);
            db.ChangeTracker.Clear();
            sent += count;
            if (!more)
            {
                break;
            }
        }

        return sent;
    }

    private async Task<(int Sent, bool More)> DeliverOldest(DbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginReadCommittedAsync(cancellationToken);
        var batch = (await db.Set<OutboxState>()
            .FromSqlRaw(RowLockStatements.For(db).OldestOutbox)
            .AsTracking()
            .ToListAsync(cancellationToken)).SingleOrDefault();
        if (batch is null)
        {
            return (0, false);
        }

        batch.LockId = NewId.NextGuid();
        var after = batch.LastSequenceNumber ?? 0;
        var messages = await db.Set<OutboxMessage>()
            .AsNoTracking()
            .Where(x => x.OutboxId == batch.OutboxId && x.SequenceNumber > after)
            .OrderBy(x => x.SequenceNumber)
            .Take(Options.QueryMessageLimit)
            .ToListAsync(cancellationToken);

        var sent = 0;
        var failed = false;
        try
        {
            foreach (var message in messages)
            {
                await bus.Deliver(message, Options.MessageDeliveryTimeout, logger, cancellationToken);
                batch.LastSequenceNumber = message.SequenceNumber;
                sent++;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failed = true;
            logger.LogWarning(e, "Delivering bus-outbox batch {OutboxId} stopped after {Count} message(s)", batch.OutboxId, sent);
        }

        var last = batch.LastSequenceNumber ?? 0;
        await db.Set<OutboxMessage>()
            .Where(x => x.OutboxId == batch.OutboxId && x.SequenceNumber <= last)
            .ExecuteDeleteAsync(cancellationToken);

        var finished = !failed && messages.Count < Options.QueryMessageLimit;
        if (finished)
        {
            batch.Delivered = time.GetUtcNow();
        }

        batch.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (sent, !failed);
    }
}
