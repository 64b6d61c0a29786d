using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Durability;

/// <summary>
/// Conflicting events for one return at the same moment, across processes: for every return the
/// durability run left waiting for approval, an approval and a denial are posted at once. Each becomes
/// a request on the saga's queue, so the two mostly land on different orchestrator replicas, which read
/// the same Version and race to write: one commits; the other fails the version check, is retried,
/// finds the return decided and is refused (409). Keeps the answers, each return's status once it has
/// settled, the ledgers and the conflicts retried meanwhile.
/// </summary>
public sealed class DecisionRace
{
    private static readonly TimeSpan SettleDeadline = TimeSpan.FromMinutes(2);
    private static readonly string[] Decided = ["Completed", "Rejected", "Cancelled", "NeedsAttention"];

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<string> figures = [];

    private DecisionRace()
    {
    }

    public IReadOnlyList<RacedDecision> Decisions { get; private set; } = [];

    /// <summary>GET /returns/{id} of each raced return once it left AwaitingApproval for a settled state.</summary>
    public IReadOnlyDictionary<Guid, JsonElement> Statuses { get; private set; } = new Dictionary<Guid, JsonElement>();

    /// <summary>The virtual host's queues once the raced returns settled and the queues drained.</summary>
    public IReadOnlyList<QueueInfo> Queues { get; private set; } = [];

    public IReadOnlyList<JsonElement> Refunds { get; private set; } = [];
    public IReadOnlyList<JsonElement> Labels { get; private set; } = [];

    /// <summary>Saga version conflicts the replicas retried while the decisions raced and the approved returns went on.</summary>
    public int ConflictsRetried { get; private set; }

    public string Figures => string.Join(Environment.NewLine, figures);

    public static async Task<DecisionRace> Execute(ReturnsSystem system, DurabilityRun run)
    {
        var race = new DecisionRace();
        await race.Go(system, run);
        return race;
    }

    private async Task Go(ReturnsSystem system, DurabilityRun run)
    {
        var conflictsBefore = run.Conflicts.Total;
        var waiting = run.States.Where(s => s.Value == "AwaitingApproval").Select(s => s.Key).ToList();

        // All at once, so both replicas are busy with decisions; within a pair, which request goes first alternates.
        Decisions = await Task.WhenAll(waiting.Select((id, i) => Race(system, id, approveFirst: i % 2 == 0)));
        Note($"approve and deny posted at once for {waiting.Count} returns awaiting approval: "
            + $"approve won {Decisions.Count(d => d.Winner == "ApproveReturn")}, deny won {Decisions.Count(d => d.Winner == "DenyReturn")}, "
            + $"no single winner {Decisions.Count(d => d.Winner is null)}");

        Statuses = await WaitUntilDecided(system, waiting);
        Queues = await system.WaitUntilQueuesDrained(TimeSpan.FromMinutes(1));
        Refunds = await system.SandboxList("/payments/refunds");
        Labels = await system.SandboxList("/carrier/labels");
        ConflictsRetried = run.Conflicts.Total - conflictsBefore;
        Note($"all {waiting.Count} settled and the queues drained: " + string.Join(", ", Statuses.Values.GroupBy(State).Select(g => $"{g.Key} {g.Count()}"))
            + $"; saga version conflicts retried meanwhile: {ConflictsRetried} (in all: {run.Conflicts})");
    }

    private static async Task<RacedDecision> Race(ReturnsSystem system, Guid returnId, bool approveFirst)
    {
        Task<HttpResponseMessage> Approve() => system.ApiAs("maria.manager").PostAsJsonAsync($"/returns/{returnId}/approve", new { reason = "Loyal customer" });
        Task<HttpResponseMessage> Deny() => system.ApiAs("tom.manager").PostAsJsonAsync($"/returns/{returnId}/deny", new { reason = "Outside the window" });

        Task<HttpResponseMessage> approve, deny;
        if (approveFirst)
        {
            approve = Approve();
            deny = Deny();
        }
        else
        {
            deny = Deny();
            approve = Approve();
        }

        using var approved = await approve;
        using var denied = await deny;
        return new RacedDecision(returnId, approved.StatusCode, denied.StatusCode);
    }

    private async Task<Dictionary<Guid, JsonElement>> WaitUntilDecided(ReturnsSystem system, List<Guid> returnIds)
    {
        var deadline = clock.Elapsed + SettleDeadline;
        var statuses = new Dictionary<Guid, JsonElement>();
        while (clock.Elapsed < deadline)
        {
            foreach (var id in returnIds.Where(id => !statuses.ContainsKey(id)))
            {
                var status = await system.Status(id);
                if (Decided.Contains(State(status)))
                {
                    statuses[id] = status;
                }
            }

            if (statuses.Count == returnIds.Count)
            {
                return statuses;
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException($"Only {statuses.Count} of {returnIds.Count} raced returns settled within {SettleDeadline}.\n{Figures}\n{system.Diagnostics()}");
    }

    private void Note(string figure) => figures.Add($"[{clock.Elapsed.TotalSeconds,5:0.0} s] {figure}");

    private static string State(JsonElement status) => status.GetProperty("state").GetString()!;
}
