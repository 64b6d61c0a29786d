using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Returns.Persistence.Outbox;

/// <summary>
/// Polls every QueryDelay (and wakes on a bus-outbox commit) for messages that are committed but not
/// delivered: bus-outbox batches, and consumers' messages left behind by a crash.
/// </summary>
public sealed class OutboxDeliveryService<TDbContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    OutboxDeliverySignal signal,
    IOptions<InboxOutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDeliveryService<TDbContext>> logger)
    : BackgroundService
    where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            try
            {
                if (await DeliverPending(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Looking for undelivered outbox messages failed; trying again in {Delay}", options.Value.QueryDelay);
            }

            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(wake, Task.Delay(options.Value.QueryDelay, time, waiting.Token));
            await waiting.CancelAsync();
        }
    }

    /// <summary>One round of both deliveries in a fresh scope; returns how many messages were sent.</summary>
    public async Task<int> DeliverPending(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var sent = await scope.ServiceProvider.GetRequiredService<BusOutboxDelivery>().DeliverWaiting(db, cancellationToken);
        db.ChangeTracker.Clear();
        return sent + await scope.ServiceProvider.GetRequiredService<InboxRecovery>().DeliverLeftBehind(db, cancellationToken);
    }
}
