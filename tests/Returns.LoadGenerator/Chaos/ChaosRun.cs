using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using MassTransit;
using Returns.Contracts;
using Returns.EndToEnd.Tests.Durability;
using Returns.EndToEnd.Tests.Infrastructure;
using Returns.LoadGenerator.Load;

namespace Returns.LoadGenerator.Chaos;

/// <summary>
/// The chaos run: submits returns of a mix of orders (<see cref="ReturnMix"/>) the way the API does, at a
/// fixed rate, and meanwhile injects the faults of the plan one after the other, each when its share of the
/// returns has gone out. Then waits (bounded) until the saga's store holds every return settled and the
/// queues are empty, and judges what the stores and ledgers hold. Servers it stopped are started again
/// whatever happens.
/// </summary>
public sealed class ChaosRun(ReturnsSystem system, ChaosOptions options, Action<string> note)
{
    private static readonly TimeSpan PublishAttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PublishGiveUp = TimeSpan.FromMinutes(3);

    private readonly Stopwatch clock = new();
    private readonly ConcurrentDictionary<Guid, string> submitted = new();
    private readonly List<InjectedFault> faults = [];
    private readonly StoreReader store = new(system);
    private int publishRetries;

    public async Task<ChaosReport> Execute(string mode, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        // The payment API refuses one kind of order's refund, so those returns take the compensation path.
        (await system.Sandbox.PutAsJsonAsync("/faults/payments", new { failOrders = new[] { ReturnMix.RefusedRefundOrder }, failStatusCode = 422 }, cancellationToken))
            .EnsureSuccessStatusCode();
        var plan = ReturnMix.Orders(options.Returns);
        note($"{options.Returns} returns at {options.Rate}/s: {string.Join(", ", plan.GroupBy(o => o).Select(g => $"{g.Key} x{g.Count()}"))}; "
            + $"faults: {string.Join(", ", options.Faults.Select(f => f.Target))}");

        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host("127.0.0.1", (ushort)InfrastructureGate.AmqpPort, system.VirtualHost, host =>
        {
            host.Username("guest");
            host.Password("guest");
        }));
        await bus.StartAsync(cancellationToken);
        TimeSpan submittedIn;
        try
        {
            clock.Start();
            using var stopFaults = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var injecting = InjectAll(stopFaults.Token);
            try
            {
                await SubmitAll(bus, plan, cancellationToken);
            }
            catch
            {
                // The faults still to come wait for submissions that will not happen.
                await stopFaults.CancelAsync();
                await injecting.ContinueWith(_ => { }, TaskScheduler.Default);
                throw;
            }

            submittedIn = clock.Elapsed;
            note($"all {submitted.Count} submitted");
            await injecting;
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
            await FaultInjector.EnsureServers(options.Faults);
        }

        var settledIn = await WaitUntilSettled(cancellationToken);
        var drained = await Drain();
        var verdict = ChaosVerdict.From(submitted, await store.Read(cancellationToken), ReturnMix.FinalStateOf);
        return new ChaosReport
        {
            StartedAt = startedAt,
            Machine = LoadReport.MachineDescription(),
            Mode = mode,
            Orders = plan.GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count()),
            PublishRetries = publishRetries,
            SubmittedInSeconds = Math.Round(submittedIn.TotalSeconds, 1),
            SettledInSeconds = Math.Round(settledIn.TotalSeconds, 1),
            Drained = drained,
            Faults = faults,
            Verdict = verdict,
        };
    }

    private async Task SubmitAll(IBus bus, List<string> plan, CancellationToken cancellationToken)
    {
        for (var i = 0; i < plan.Count; i++)
        {
            // Open loop: each return is due at its own moment, whatever a fault is doing to the earlier ones.
            var wait = TimeSpan.FromSeconds(i / options.Rate) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var returnId = NewId.NextGuid();
            await Publish(bus, new ReturnRequested(returnId, plan[i], [], "Chaos run", DateTimeOffset.UtcNow), cancellationToken);
            submitted[returnId] = plan[i];
        }
    }

    /// <summary>
    /// Publishes until the broker confirms. While RabbitMQ is down the publish fails or hangs; it is tried
    /// again with the same ReturnId, so a message that did arrive unconfirmed is only a duplicate the saga ignores.
    /// </summary>
    private async Task Publish(IBus bus, ReturnRequested request, CancellationToken cancellationToken)
    {
        var giveUp = clock.Elapsed + PublishGiveUp;
        while (true)
        {
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(PublishAttemptTimeout);
            try
            {
                await bus.Publish(request, attempt.Token);
                return;
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested && clock.Elapsed < giveUp)
            {
                Interlocked.Increment(ref publishRetries);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private async Task InjectAll(CancellationToken cancellationToken)
    {
        // Off the submitting task's back: a fault takes seconds, the submissions must go on meanwhile.
        await Task.Yield();
        var injector = new FaultInjector(system, options.DownTime);
        for (var i = 0; i < options.Faults.Count; i++)
        {
            var fault = options.Faults[i];
            var firesAfter = FaultPlan.FiresAfter(i, options.Faults.Count, options.Returns);
            while (submitted.Count < firesAfter)
            {
                await Task.Delay(100, cancellationToken);
            }

            var at = clock.Elapsed;
            var submittedBefore = submitted.Count;
            var settledBefore = await store.SettledCount(submitted.Keys.ToList(), cancellationToken) ?? -1;
            TimeSpan? back = null, ready = null;
            string? error = null;
            try
            {
                (back, ready) = await injector.Inject(fault, cancellationToken);
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException)
            {
                error = e.Message.Split('\n')[0];
            }

            faults.Add(new InjectedFault(fault.Description, Math.Round(at.TotalSeconds, 1), submittedBefore, settledBefore,
                back is { } b ? Math.Round(b.TotalSeconds, 1) : null, ready is { } r ? Math.Round(r.TotalSeconds, 1) : null, error));
            note($"{fault.Description} at {at.TotalSeconds:F1} s ({submittedBefore} submitted, {settledBefore} settled): "
                + (error ?? $"back after {back!.Value.TotalSeconds:F1} s, every service ready after {ready!.Value.TotalSeconds:F1} s"));
        }
    }

    /// <summary>Waits until the saga's store holds every submitted return settled; gives up when none settles for the stall timeout. Answers the time since the first submission.</summary>
    private async Task<TimeSpan> WaitUntilSettled(CancellationToken cancellationToken)
    {
        var ids = submitted.Keys.ToList();
        var settled = 0;
        var lastProgress = clock.Elapsed;
        var nextNote = clock.Elapsed;
        while (true)
        {
            var now = await store.SettledCount(ids, cancellationToken);
            if (now > settled)
            {
                settled = now.Value;
                lastProgress = clock.Elapsed;
            }

            if (settled == ids.Count)
            {
                note($"all {ids.Count} settled at {clock.Elapsed.TotalSeconds:F1} s");
                return clock.Elapsed;
            }

            if (clock.Elapsed - lastProgress > options.StallTimeout)
            {
                note($"gave up waiting: {settled} of {ids.Count} settled, none for {options.StallTimeout.TotalSeconds:F0} s");
                return clock.Elapsed;
            }

            if (clock.Elapsed >= nextNote)
            {
                note($"{settled} of {ids.Count} settled");
                nextNote = clock.Elapsed + TimeSpan.FromSeconds(15);
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    /// <summary>Lets late duplicates (an outbox re-sending what it sent just before a kill) arrive before the stores are read.</summary>
    private async Task<string> Drain()
    {
        try
        {
            var queues = await system.WaitUntilQueuesDrained(options.DrainTimeout);
            var failed = queues.Where(q => q.HoldsFailures && q.Messages > 0).Select(q => $"{q.Name} {q.Messages}").ToList();
            return failed.Count == 0 ? "drained, no failed messages" : $"drained; failed: {string.Join(", ", failed)}";
        }
        catch (TimeoutException e)
        {
            return e.Message;
        }
    }
}
