using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Returns.Persistence.Scheduling;

/// <summary>
/// Polls for due scheduled messages every PollIntervalMs (on the TimeProvider) and purges old
/// history now and then. Every replica may run it: the dispatcher's claims keep deliveries single.
/// </summary>
public sealed class ScheduledMessageDispatchService<TDbContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    SchedulerWakeSignal wake,
    ILogger<ScheduledMessageDispatchService<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromMinutes(10);

    private DateTimeOffset nextPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(10, options.Value.PollIntervalMs));
        while (!stoppingToken.IsCancellationRequested)
        {
            // Wait first: the bus is still starting when this service does, and a poll then would only
            // find it unhealthy. It also makes the first poll's moment predictable for anyone counting attempts.
            // A message stored due already cuts the wait short.
            var woken = wake.Next;
            using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                await Task.WhenAny(woken, Task.Delay(interval, time, waiting.Token));
                await waiting.CancelAsync();
            }

            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await Poll(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be briefly away; the rows wait, and the next poll tries again.
                logger.LogError(exception, "Scheduled message poll failed");
            }
        }
    }

    private async Task Poll(CancellationToken cancellationToken)
    {
        // While the broker is unreachable every send would fail; waiting keeps attempts for real destination problems.
        if (bus.CheckHealth().Status == BusHealthStatus.Unhealthy)
        {
            logger.LogDebug("Bus unhealthy; scheduled messages wait for the next poll");
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var dispatcher = scope.ServiceProvider.GetRequiredService<ScheduledMessageDispatcher<TDbContext>>();
        await dispatcher.DispatchDue(cancellationToken);

        if (time.GetUtcNow() >= nextPurge)
        {
            nextPurge = time.GetUtcNow() + PurgeEvery;
            var purged = await dispatcher.PurgeCompleted(cancellationToken);
            if (purged > 0)
            {
                logger.LogInformation("Purged {Count} delivered or cancelled scheduled messages past retention", purged);
            }
        }
    }
}
