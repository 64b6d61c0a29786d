using System.Diagnostics;
using MassTransit;
using Returns.Contracts;

namespace Returns.LoadGenerator.Load;

/// <summary>
/// Submits returns the way the API does (a ReturnRequested published through MassTransit), at a fixed
/// arrival rate or with a fixed number in flight, and follows each to its outcome through
/// <see cref="StepEventObserver"/>. Warm-up returns go first, through the same path, and are not measured.
/// </summary>
public sealed class LoadRun(BrokerTarget target, LoadOptions options, int warmupReturns = 0)
{
    private readonly HashSet<Guid> warmup = [];

    public ReturnTracker Tracker { get; } = new();

    /// <summary>Measured returns submitted and ended so far, for a progress display.</summary>
    public int MeasuredSubmitted => Math.Max(0, Tracker.Submitted - warmupReturns);

    public int MeasuredEnded => WarmingUp ? 0 : Tracker.Returns.Count(r => r.EndedAt is not null && !warmup.Contains(r.ReturnId));

    public bool WarmingUp { get; private set; }

    /// <summary>Raised once, when the warm-up is over and the measured returns are about to go out.</summary>
    public event Action? MeasuringStarted;

    public async Task<LoadResult> Execute(CancellationToken cancellationToken)
    {
        var observerQueue = $"load-observer-{Guid.NewGuid():N}"[..22];
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(target.Host, (ushort)target.Port, target.VirtualHost, host =>
            {
                host.Username(target.Username);
                host.Password(target.Password);
            });
            // Gone with the generator's connection: a stopped run leaves no queue collecting events.
            cfg.ReceiveEndpoint(observerQueue, endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.PrefetchCount = 128;
                endpoint.Instance(new StepEventObserver(Tracker));
            });
        });

        await bus.StartAsync(cancellationToken);
        try
        {
            if (warmupReturns > 0)
            {
                WarmingUp = true;
                var warm = await Submit(bus, warmupReturns, concurrency: options.Concurrency, rate: null, cancellationToken);
                await WaitForEnds(warm, DateTime.UtcNow + options.Timeout, cancellationToken);
                warmup.UnionWith(warm);
                WarmingUp = false;
            }

            using var stats = new BrokerStats(target);
            var publishedBefore = options.CountBrokerMessages ? await stats.PublishedOnceSettled(cancellationToken) : null;

            MeasuringStarted?.Invoke();
            var started = Stopwatch.GetTimestamp();
            var measured = await Submit(bus, options.Returns, options.Concurrency, options.Rate, cancellationToken);
            await WaitForEnds(measured, DateTime.UtcNow + options.Timeout, cancellationToken);

            var returns = measured.Select(Tracker.Get).ToList();
            var lastEnd = returns.Where(r => r.EndedAt is not null).Select(r => r.EndedAt!.Value).DefaultIfEmpty(Stopwatch.GetTimestamp()).Max();
            var duration = Stopwatch.GetElapsedTime(started, lastEnd);

            var publishedAfter = options.CountBrokerMessages ? await stats.PublishedOnceSettled(cancellationToken) : null;
            return new LoadResult(returns, options.Returns, duration, publishedAfter - publishedBefore, Tracker.MeanMessageBytes);
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
    }

    private async Task<List<Guid>> Submit(IBus bus, int count, int concurrency, double? rate, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>(count);
        if (rate is { } perSecond)
        {
            // Open loop: each return is due at its own moment whatever the system does with the earlier ones.
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < count; i++)
            {
                var wait = TimeSpan.FromSeconds(i / perSecond) - Stopwatch.GetElapsedTime(start);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }

                ids.Add(await Publish(bus, cancellationToken));
            }

            return ids;
        }

        // Closed loop: a slot comes free when a return ends. One that never ends (a step that faulted, so
        // the return waits for a person) keeps its slot; the run stops submitting when none comes free in time.
        using var slots = new SemaphoreSlim(concurrency);
        void Free(TrackedReturn _) => slots.Release();
        Tracker.Ended += Free;
        try
        {
            for (var i = 0; i < count; i++)
            {
                if (!await slots.WaitAsync(options.Timeout, cancellationToken))
                {
                    break;
                }

                ids.Add(await Publish(bus, cancellationToken));
            }
        }
        finally
        {
            Tracker.Ended -= Free;
        }

        return ids;
    }

    private async Task<Guid> Publish(IBus bus, CancellationToken cancellationToken)
    {
        var returnId = NewId.NextGuid();
        // Registered first: the clock starts before the message leaves, and no event can beat the registration.
        Tracker.Register(returnId);
        await bus.Publish(new ReturnRequested(returnId, options.OrderNumber, [], "Load test", DateTimeOffset.UtcNow), cancellationToken);
        return returnId;
    }

    private async Task WaitForEnds(IReadOnlyCollection<Guid> ids, DateTime deadline, CancellationToken cancellationToken)
    {
        var wanted = ids.ToHashSet();
        while (DateTime.UtcNow < deadline)
        {
            var ended = Tracker.Returns.Count(r => r.EndedAt is not null && wanted.Contains(r.ReturnId));
            if (ended >= wanted.Count)
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }
    }
}
