using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Chaos;

/// <summary>The chaos smoke run's own system, laid out as the generator's chaos mode starts it: PostgreSQL, one orchestrator, the refund at the join.</summary>
public sealed class ChaosSmokeSystem() : ReturnsSystem(new ReturnsSystemOptions
{
    Database = SystemDatabase.PostgreSql,
    OrchestratorSettings = new Dictionary<string, string>
    {
        ["Orchestrator__RefundDelay"] = "00:00:00",
        ["Scheduler__PollIntervalMs"] = "100",
    },
});
