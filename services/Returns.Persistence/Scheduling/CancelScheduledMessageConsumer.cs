using MassTransit;
using MassTransit.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Returns.Persistence.Scheduling;

/// <summary>
/// Cancels a stored message by its token (CancelScheduledSend, a saga's Unschedule or a reschedule)
/// so it never fires. A cancel that overtakes its schedule leaves a tombstone the schedule respects.
/// </summary>
public sealed class CancelScheduledMessageConsumer<TDbContext>(
    TDbContext db,
    TimeProvider time,
    ILogger<CancelScheduledMessageConsumer<TDbContext>> logger) : IConsumer<CancelScheduledMessage>
    where TDbContext : DbContext
{
    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        var tokenId = context.Message.TokenId;
        var now = time.GetUtcNow().UtcDateTime;
        var messages = db.Set<ScheduledMessageRow>();

        var cancelled = await messages.CancelPending([tokenId], now, context.CancellationToken);

        if (cancelled > 0)
        {
            logger.LogInformation("Cancelled scheduled message {TokenId}", tokenId);
            return;
        }

        if (await messages.AnyAsync(m => m.TokenId == tokenId, context.CancellationToken))
        {
            logger.LogDebug("Scheduled message {TokenId} was already delivered or cancelled; nothing to cancel", tokenId);
            return;
        }

        // A concurrent insert of the schedule makes this fail; the retry then finds the row and cancels it.
        messages.Add(ScheduledMessageRow.Tombstone(tokenId, now));
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Cancel for unknown scheduled message {TokenId} recorded before its schedule", tokenId);
    }
}
