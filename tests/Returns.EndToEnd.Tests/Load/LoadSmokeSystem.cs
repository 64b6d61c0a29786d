using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Load;

/// <summary>The load smoke run's own system (its counts must not mix with other specs' returns), laid out as the generator starts it by default.</summary>
public sealed class LoadSmokeSystem() : ReturnsSystem(new ReturnsSystemOptions
{
    OrchestratorSettings = new Dictionary<string, string>
    {
        ["Orchestrator__RefundDelay"] = "00:00:00",
        ["Scheduler__PollIntervalMs"] = "100",
    },
});
