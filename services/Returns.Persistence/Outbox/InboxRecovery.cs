using Returns.Persistence.Providers;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Returns.Persistence.Outbox;

/// <summary>
/// Delivers what consumers committed but never delivered: the process died between its consume and
/// delivery passes, or the delivery pass kept failing until the message went to the error queue.
/// Takes each inbox row under the same lock as the consume pipe (skipping rows a live pass holds), so
/// the two never deliver the same messages; a crash after a send and before the commit sends it again.
/// Sends straight through the bus: a scoped send endpoint provider may be the bus outbox itself.
/// </summary>
public sealed class InboxRecovery(IBus bus, IOptions<InboxOutboxOptions> options, TimeProvider time, ILogger<InboxRecovery> logger)
{
    private InboxOutboxOptions Options => options.Value;

    /// <summary>Delivers one batch of left-behind messages; returns how many were sent.</summary>
    public async Task<int> DeliverLeftBehind(DbContext db, CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - Options.RecoveryDelay;
        var rows = await db.Set<InboxState>()
            .AsNoTracking()
            .Where(x => x.Delivered == null && x.Consumed != null && x.Consumed < before)
            .OrderBy(x => x.Consumed)
            .Select(x => new { x.MessageId, x.ConsumerId })
            .Take(Options.QueryMessageLimit)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var row in rows)
        {
            sent += await Deliver(db, row.MessageId, row.ConsumerId, cancellationToken);
            db.ChangeTracker.Clear();
        }

        return sent;
    }

    private async Task<int> Deliver(DbContext db, Guid messageId, Guid consumerId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginReadCommittedAsync(cancellationToken);
        var inbox = (await db.Set<InboxState>()
            .FromSqlRaw(RowLockStatements.For(db).InboxSkipLocked, messageId, consumerId)
            .AsTracking()
            .ToListAsync(cancellationToken)).SingleOrDefault();
        if (inbox is not { Consumed: not null, Delivered: null })
        {
            return 0;
        }

        var after = inbox.LastSequenceNumber ?? 0;
        var messages = await db.Set<OutboxMessage>()
            .AsNoTracking()
            .Where(x => x.InboxMessageId == messageId && x.InboxConsumerId == consumerId && x.SequenceNumber > after)
            .OrderBy(x => x.SequenceNumber)
            .ToListAsync(cancellationToken);

        var sent = 0;
        try
        {
            foreach (var message in messages)
            {
                await bus.Deliver(message, Options.MessageDeliveryTimeout, logger, cancellationToken);
                inbox.LastSequenceNumber = message.SequenceNumber;
                sent++;
            }

            inbox.Delivered = time.GetUtcNow();
            await db.Set<OutboxMessage>()
                .Where(x => x.InboxMessageId == messageId && x.InboxConsumerId == consumerId)
                .ExecuteDeleteAsync(cancellationToken);
            logger.LogInformation("Delivered {Count} message(s) left behind by message {MessageId}", sent, messageId);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Keep what was sent; the rest is tried again at the next poll.
            logger.LogWarning(e, "Delivering messages left behind by message {MessageId} stopped after {Count}", messageId, sent);
        }

        inbox.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sent;
    }
}
