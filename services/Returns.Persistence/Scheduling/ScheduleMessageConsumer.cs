using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Returns.Hosting.Messaging;

namespace Returns.Persistence.Scheduling;

/// <summary>
/// Stores a <see cref="ScheduleMessage"/> (sent by IMessageScheduler, ScheduleSend or a saga's
/// Schedule) as a Pending row; the dispatcher sends it when it is due.
/// </summary>
public sealed class ScheduleMessageConsumer<TDbContext>(
    TDbContext db,
    TimeProvider time,
    SchedulerWakeSignal wake,
    ILogger<ScheduleMessageConsumer<TDbContext>> logger) : IConsumer<ScheduleMessage>
    where TDbContext : DbContext
{
    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        var incoming = Capture(context);
        var messages = db.Set<ScheduledMessageRow>();
        var existing = await messages.SingleOrDefaultAsync(m => m.TokenId == incoming.TokenId, context.CancellationToken);

        if (existing is null)
        {
            messages.Add(incoming);
        }
        else if (existing.ScheduleMessageId == incoming.ScheduleMessageId)
        {
            logger.LogDebug("Scheduled message {TokenId} was already stored; redelivery ignored", incoming.TokenId);
            return;
        }
        else if (existing.IsTombstone)
        {
            logger.LogInformation("Scheduled message {TokenId} was cancelled before it arrived; not scheduling it", incoming.TokenId);
            return;
        }
        else
        {
            // The same token scheduled again replaces the earlier schedule, as MassTransit's own schedulers do.
            Replace(existing, incoming);
        }

        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Scheduled message {TokenId} for {Destination} due {DueTime:O}", incoming.TokenId, incoming.DestinationAddress, incoming.DueTime);

        // Seen by the dispatcher once this consume commits (an inbox/outbox pass may still be open); a wake
        // that comes early only costs one empty poll.
        if (incoming.DueTime <= time.GetUtcNow().UtcDateTime)
        {
            wake.Set();
        }
    }

    private ScheduledMessageRow Capture(ConsumeContext<ScheduleMessage> context) =>
        ScheduledMessageRows.From(
            context.SerializerContext,
            context.Message,
            context.MessageId ?? NewId.NextGuid(),
            context.ReceiveContext.ContentType?.ToString() ?? "application/vnd.masstransit+json",
            time.GetUtcNow().UtcDateTime);

    private static void Replace(ScheduledMessageRow existing, ScheduledMessageRow incoming)
    {
        existing.MessageId = incoming.MessageId;
        existing.ScheduleMessageId = incoming.ScheduleMessageId;
        existing.DestinationAddress = incoming.DestinationAddress;
        existing.DueTime = incoming.DueTime;
        existing.ContentType = incoming.ContentType;
        existing.MessageType = incoming.MessageType;
        existing.Body = incoming.Body;
        existing.Status = ScheduledMessageStatus.Pending;
        existing.CreatedAt = incoming.CreatedAt;
        existing.CompletedAt = null;
        existing.LockedUntil = null;
        existing.Attempts = 0;
        existing.LastError = null;
        existing.Version++;
    }
}
