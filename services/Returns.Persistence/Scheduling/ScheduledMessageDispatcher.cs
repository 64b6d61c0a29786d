using MassTransit;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Returns.Persistence.Scheduling;

/// <summary>
/// One pass of the durable scheduler: claims the due rows (safe with several replicas on one
/// database), sends each to its destination, and records the outcome. Scoped: one DbContext a pass.
/// </summary>
public sealed class ScheduledMessageDispatcher<TDbContext>(
    TDbContext db,
    IBus bus,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ILogger<ScheduledMessageDispatcher<TDbContext>> logger)
    where TDbContext : DbContext
{
    private readonly SchedulerOptions settings = options.Value;

    private DbSet<ScheduledMessageRow> Messages => db.Set<ScheduledMessageRow>();

    /// <summary>Sends the messages due now (at most BatchSize); returns how many were delivered.</summary>
    public async Task<int> DispatchDue(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await Messages.AsNoTracking()
            .Where(m => m.Status == ScheduledMessageStatus.Pending && m.DueTime <= now && (m.LockedUntil == null || m.LockedUntil <= now))
            .OrderBy(m => m.DueTime)
            .Take(Math.Max(1, settings.BatchSize))
            .ToListAsync(cancellationToken);

        var delivered = 0;
        foreach (var message in due)
        {
            if (await Claim(message, now, cancellationToken) && await Deliver(message, cancellationToken))
            {
                delivered++;
            }
        }

        return delivered;
    }

    /// <summary>Deletes delivered and cancelled rows older than DeliveredRetention; Failed rows stay for a person.</summary>
    public Task<int> PurgeCompleted(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - settings.DeliveredRetention;
        return Messages
            .Where(m => (m.Status == ScheduledMessageStatus.Delivered || m.Status == ScheduledMessageStatus.Cancelled) && m.CompletedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }

    // Only the replica whose UPDATE still finds the version it read gets the row; the others see 0 rows.
    private async Task<bool> Claim(ScheduledMessageRow message, DateTime now, CancellationToken cancellationToken)
    {
        var lockedUntil = now + settings.ClaimTimeout;
        var claimed = await Messages
            .Where(m => m.TokenId == message.TokenId && m.Version == message.Version && m.Status == ScheduledMessageStatus.Pending)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.LockedUntil, lockedUntil)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.Version, m => m.Version + 1),
                cancellationToken);

        if (claimed == 0)
        {
            return false;
        }

        message.Version++;
        message.Attempts++;
        return true;
    }

    private async Task<bool> Deliver(ScheduledMessageRow message, CancellationToken cancellationToken)
    {
        try
        {
            var endpoint = await bus.GetSendEndpoint(new Uri(message.DestinationAddress));
            await endpoint.Send(new SerializedMessageBody(), new ScheduledMessageSendPipe(message), cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            await Release(message, exception);
            return false;
        }

        // Recorded even when shutdown begins right after the send, so the message is not sent twice.
        var completed = await Messages
            .Where(m => m.TokenId == message.TokenId && m.Version == message.Version)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.Status, ScheduledMessageStatus.Delivered)
                    .SetProperty(m => m.CompletedAt, time.GetUtcNow().UtcDateTime)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.Version, m => m.Version + 1),
                CancellationToken.None);

        if (completed == 0)
        {
            logger.LogWarning("Scheduled message {TokenId} was sent but changed meanwhile (cancelled, or its claim expired)", message.TokenId);
        }
        else
        {
            logger.LogInformation("Delivered scheduled message {TokenId} to {Destination}", message.TokenId, message.DestinationAddress);
        }

        return true;
    }

    // The row stays due (retried on the next poll) until MaxAttempts, then it is Failed for good.
    private async Task Release(ScheduledMessageRow message, Exception exception)
    {
        var failed = message.Attempts >= Math.Max(1, settings.MaxAttempts);
        var error = exception.Message.Length > ScheduledMessageRow.ErrorLength ? exception.Message[..ScheduledMessageRow.ErrorLength] : exception.Message;
        DateTime? completedAt = failed ? time.GetUtcNow().UtcDateTime : null;

        await Messages
            .Where(m => m.TokenId == message.TokenId && m.Version == message.Version)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.Status, failed ? ScheduledMessageStatus.Failed : ScheduledMessageStatus.Pending)
                    .SetProperty(m => m.CompletedAt, completedAt)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.Version, m => m.Version + 1),
                CancellationToken.None);

        if (failed)
        {
            logger.LogError(exception, "Scheduled message {TokenId} to {Destination} failed {Attempts} times; marked Failed", message.TokenId, message.DestinationAddress, message.Attempts);
        }
        else
        {
            logger.LogWarning(exception, "Sending scheduled message {TokenId} to {Destination} failed (attempt {Attempts}); retrying on the next poll", message.TokenId, message.DestinationAddress, message.Attempts);
        }
    }
}
