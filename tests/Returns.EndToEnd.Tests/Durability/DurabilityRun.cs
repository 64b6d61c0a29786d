using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Durability;

/// <summary>
/// The durability run: submits returns through the API, SIGKILLs both orchestrator replicas and the
/// Refunds service while returns are in flight and refunds are going out, submits the rest while they
/// are down, restarts them, and waits (bounded) until every return has settled. Keeps what the specs
/// check (each return's state, the sandbox's ledgers, the completed returns' statuses, the queues) and
/// the figures of the run.
/// </summary>
public sealed class DurabilityRun
{
    public const int ReturnCount = 200;
    private const int SubmittedBeforeKill = 150;
    private const int RefundsBeforeKill = 3;
    private const int ParallelRequests = 8;
    private static readonly TimeSpan FirstRefundsDeadline = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan SettleDeadline = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan MinimumDownTime = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan DrainDeadline = TimeSpan.FromMinutes(1);

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<string> figures = [];
    private readonly ConcurrentDictionary<Guid, string> orders = new();

    private DurabilityRun()
    {
    }

    /// <summary>Every return submitted, with the order it is about.</summary>
    public IReadOnlyDictionary<Guid, string> Orders => orders;

    /// <summary>Where each return found by the search settled (returns the search does not list are missing here).</summary>
    public IReadOnlyDictionary<Guid, string> States { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The payment provider's ledger after the run.</summary>
    public IReadOnlyList<JsonElement> Refunds { get; private set; } = [];

    /// <summary>The carrier's ledger after the run.</summary>
    public IReadOnlyList<JsonElement> Labels { get; private set; } = [];

    /// <summary>GET /returns/{id} of every Completed return, timeline included.</summary>
    public IReadOnlyDictionary<Guid, JsonElement> CompletedStatuses { get; private set; } = new Dictionary<Guid, JsonElement>();

    /// <summary>The virtual host's queues once everything settled and the queues drained (late duplicates too).</summary>
    public IReadOnlyList<QueueInfo> Queues { get; private set; } = [];

    /// <summary>The tally of saga version conflicts the replicas retry, from the run's start on (the decision race reads it too).</summary>
    public VersionConflicts Conflicts { get; private set; } = null!;

    /// <summary>What happened when, and how many returns ended where: for the test output.</summary>
    public string Figures => string.Join(Environment.NewLine, figures);

    public static async Task<DurabilityRun> Execute(DurableReturnsSystem system)
    {
        var run = new DurabilityRun();
        await run.Go(system);
        return run;
    }

    private async Task Go(DurableReturnsSystem system)
    {
        Conflicts = new VersionConflicts(system.Orchestrators);
        (await system.Sandbox.PutAsJsonAsync("/faults/payments", new { failOrders = new[] { ReturnMix.RefusedRefundOrder }, failStatusCode = 422 }))
            .EnsureSuccessStatusCode();
        var plan = ReturnMix.Orders(ReturnCount);
        Note($"{ReturnCount} returns on PostgreSQL with {system.Orchestrators.Count} orchestrator replicas: "
            + string.Join(", ", plan.GroupBy(o => o).Select(g => $"{g.Key} x{g.Count()}")));

        await SubmitAll(system, plan.Take(SubmittedBeforeKill));
        Note($"{SubmittedBeforeKill} submitted");

        // Returns move through the steps roughly in waves, so the first refunds mean most returns are still on their way.
        await WaitUntil(async () => (await system.SandboxList("/payments/refunds")).Count >= RefundsBeforeKill, FirstRefundsDeadline,
            $"the first {RefundsBeforeKill} refunds in the payment ledger", system);
        var restartedAt = await KillAndRestart(system, plan.Skip(SubmittedBeforeKill).ToList());

        await WaitUntilSettled(system);
        Note($"all {ReturnCount} settled, {Seconds(clock.Elapsed - restartedAt)} after the restart");

        // Duplicates the crash left behind (an outbox re-sending what it sent just before the kill) may still
        // be on their way; they must be absorbed too, not fail into an error queue after the checks.
        Queues = await system.WaitUntilQueuesDrained(DrainDeadline);
        Note("queues drained");
        await Collect(system);
        NoteOutcome();
    }

    /// <summary>
    /// SIGKILLs both orchestrator replicas and Refunds, submits <paramref name="whileDown"/> meanwhile,
    /// and starts the three again; answers when they were ready.
    /// </summary>
    private async Task<TimeSpan> KillAndRestart(DurableReturnsSystem system, List<string> whileDown)
    {
        var settledBefore = await SettledCount(system);
        var refundsBefore = (await system.SandboxList("/payments/refunds")).Count;
        var victims = system.Orchestrators.Append(system.Service("Refunds")).ToArray();

        ReturnsSystem.KillHard(victims);
        var killedAt = clock.Elapsed;
        var inFlight = settledBefore < 0 ? "an unknown number" : $"about {SubmittedBeforeKill - settledBefore}";
        Note($"kill -9 {string.Join(", ", victims.Select(v => v.Name))}; just before, {refundsBefore} refunds in the ledger and "
            + $"{(settledBefore < 0 ? "?" : settledBefore)} of {SubmittedBeforeKill} returns settled, so {inFlight} in flight");

        // The API still takes returns: they wait in the saga's queue for the orchestrator to come back.
        await SubmitAll(system, whileDown);
        Note($"{whileDown.Count} more submitted while the orchestrator is down");
        var down = clock.Elapsed - killedAt;
        if (down < MinimumDownTime)
        {
            await Task.Delay(MinimumDownTime - down);
        }

        await system.Restart(victims);
        Note($"restarted, ready again {Seconds(clock.Elapsed - killedAt)} after the kill");
        return clock.Elapsed;
    }

    private void NoteOutcome()
    {
        Note("states: " + string.Join(", ", ReturnMix.SettledStates.Select(s => $"{s} {States.Values.Count(v => v == s)}")));
        Note($"payment ledger: {Refunds.Count} refunds ({Refunds.Count(r => Status(r) == "scheduled")} scheduled, {Refunds.Count(r => Status(r) == "cancelled")} cancelled); "
            + $"carrier ledger: {Labels.Count} labels ({Labels.Count(l => Status(l) == "void")} void)");
        Note($"saga version conflicts retried: {Conflicts}");
        var failed = Queues.Where(q => q.HoldsFailures && q.Messages > 0).Select(q => $"{q.Name} {q.Messages}").ToList();
        Note("messages in error or skipped queues: " + (failed.Count == 0 ? "none" : string.Join(", ", failed)));
    }

    private async Task SubmitAll(ReturnsSystem system, IEnumerable<string> orderNumbers) =>
        await Parallel.ForEachAsync(orderNumbers, new ParallelOptions { MaxDegreeOfParallelism = ParallelRequests }, async (order, _) =>
            orders[await system.Submit(order, "Durability run")] = order);

    private async Task WaitUntilSettled(ReturnsSystem system)
    {
        var deadline = clock.Elapsed + SettleDeadline;
        var nextNote = clock.Elapsed + TimeSpan.FromSeconds(15);
        var settled = 0;
        while (clock.Elapsed < deadline)
        {
            settled = await SettledCount(system);
            if (settled == ReturnCount)
            {
                return;
            }

            if (clock.Elapsed >= nextNote)
            {
                Note($"{settled} of {ReturnCount} settled");
                nextNote = clock.Elapsed + TimeSpan.FromSeconds(15);
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException($"Only {settled} of {ReturnCount} returns settled within {SettleDeadline}.\n{Figures}\n{system.Diagnostics()}");
    }

    /// <summary>Returns in a settled state, by the search's totals; -1 while the orchestrator cannot answer.</summary>
    private static async Task<int> SettledCount(ReturnsSystem system)
    {
        try
        {
            var counts = await Task.WhenAll(ReturnMix.SettledStates.Select(system.CountInState));
            return counts.Sum();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return -1;
        }
    }

    private async Task Collect(ReturnsSystem system)
    {
        var states = new Dictionary<Guid, string>();
        foreach (var state in ReturnMix.SettledStates)
        {
            foreach (var item in await system.ListInState(state))
            {
                states[item.GetProperty("returnId").GetGuid()] = item.GetProperty("state").GetString()!;
            }
        }

        States = states;
        Refunds = await system.SandboxList("/payments/refunds");
        Labels = await system.SandboxList("/carrier/labels");

        var completed = new ConcurrentDictionary<Guid, JsonElement>();
        await Parallel.ForEachAsync(states.Where(s => s.Value == "Completed").Select(s => s.Key),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelRequests },
            async (returnId, _) => completed[returnId] = await system.Status(returnId));
        CompletedStatuses = completed;
    }

    private async Task WaitUntil(Func<Task<bool>> condition, TimeSpan timeout, string what, ReturnsSystem system)
    {
        var deadline = clock.Elapsed + timeout;
        var nextNote = clock.Elapsed + TimeSpan.FromSeconds(15);
        while (clock.Elapsed < deadline)
        {
            if (await condition())
            {
                Note(what);
                return;
            }

            if (clock.Elapsed >= nextNote)
            {
                Note($"waiting for {what}: {await SettledCount(system)} settled so far");
                nextNote = clock.Elapsed + TimeSpan.FromSeconds(15);
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No {what} within {timeout}.\n{Figures}\n{system.Diagnostics()}");
    }

    private void Note(string figure) => figures.Add($"[{Seconds(clock.Elapsed),7}] {figure}");

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.0} s";

    private static string? Status(JsonElement ledgerEntry) => ledgerEntry.GetProperty("status").GetString();
}
