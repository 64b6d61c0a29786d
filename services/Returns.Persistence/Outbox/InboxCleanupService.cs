using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Returns.Persistence.Outbox;

/// <summary>
/// Every CleanupInterval, removes inbox rows received longer ago than DuplicateDetectionWindow (a
/// redelivery after that is consumed again) and delivered bus-outbox batches as old. Rows whose
/// messages still wait for delivery stay until the delivery service has sent them.
/// </summary>
public sealed class InboxCleanupService<TDbContext>(
    IServiceScopeFactory scopes,
    IOptions<InboxOutboxOptions> options,
    TimeProvider time,
    ILogger<InboxCleanupService<TDbContext>> logger)
    : BackgroundService
    where TDbContext : DbContext
{
    private InboxOutboxOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var removed = await RemoveExpired(stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Removed {Count} expired inbox/outbox row(s)", removed);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Inbox cleanup failed; trying again in {Interval}", Options.CleanupInterval);
            }

            await Task.Delay(Options.CleanupInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Removes everything past the window, a batch of QueryMessageLimit rows at a time; returns how many rows went.</summary>
    public async Task<int> RemoveExpired(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var before = time.GetUtcNow() - Options.DuplicateDetectionWindow;

        var removed = 0;
        while (true)
        {
            var expired = await db.Set<InboxState>()
                .Where(x => x.Received < before && (x.Delivered != null || x.Consumed == null))
                .OrderBy(x => x.Received)
                .Select(x => new { x.Id, x.MessageId, x.ConsumerId })
                .Take(Options.QueryMessageLimit)
                .ToListAsync(cancellationToken);
            if (expired.Count == 0)
            {
                break;
            }

            var ids = expired.Select(x => x.Id).ToList();
            var messageIds = expired.Select(x => x.MessageId).Distinct().ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Messages of a delivered row are normally gone already; a crash between the delivery and removal passes leaves them.
            await db.Set<OutboxMessage>()
                .Where(x => x.InboxMessageId != null && messageIds.Contains(x.InboxMessageId.Value))
                .Where(x => db.Set<InboxState>().Any(i => ids.Contains(i.Id) && i.MessageId == x.InboxMessageId && i.ConsumerId == x.InboxConsumerId))
                .ExecuteDeleteAsync(cancellationToken);
            removed += await db.Set<InboxState>().Where(x => ids.Contains(x.Id)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        removed += await db.Set<OutboxState>()
            .Where(x => x.Delivered != null && x.Delivered < before)
            .ExecuteDeleteAsync(cancellationToken);
        return removed;
    }
}
