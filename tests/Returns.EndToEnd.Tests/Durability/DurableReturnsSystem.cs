using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Durability;

/// <summary>
/// The system as the durability run needs it: every stateful service on a PostgreSQL database of its
/// own, two orchestrator processes on one database competing for the saga queue (so replies for one
/// return race between them), the refund going out 2 s after the label and the durable scheduler
/// polling every 200 ms. The run happens once, the first time a spec asks for it, and the decision
/// race after it; the specs then read their outcomes.
/// </summary>
public sealed class DurableReturnsSystem : ReturnsSystem
{
    private readonly Lazy<Task<DurabilityRun>> run;
    private readonly Lazy<Task<DecisionRace>> race;

    public DurableReturnsSystem()
        : base(new ReturnsSystemOptions
        {
            Database = SystemDatabase.PostgreSql,
            OrchestratorReplicas = 2,
            OrchestratorSettings = new Dictionary<string, string>
            {
                // Short enough that refunds go out while the run is in flight, whether the saga sends the
                // refund at once (due this long after the label) or holds it until then.
                ["Orchestrator__RefundDelay"] = "00:00:02",
                ["Scheduler__PollIntervalMs"] = "200",
                // The run kills dispatchers mid-claim on purpose; a dead replica's claim would otherwise hold
                // its message for the default minute.
                ["Scheduler__ClaimTimeout"] = "00:00:10",
            },
        })
    {
        run = new Lazy<Task<DurabilityRun>>(() => DurabilityRun.Execute(this));
        race = new Lazy<Task<DecisionRace>>(async () => await DecisionRace.Execute(this, await Run));
    }

    /// <summary>The one durability run over this system, started by the first spec that awaits it.</summary>
    public Task<DurabilityRun> Run => run.Value;

    /// <summary>The decision race over the returns the run left waiting for approval; after the run (which it starts if need be).</summary>
    public Task<DecisionRace> Race => race.Value;
}
