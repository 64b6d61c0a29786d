namespace Returns.LoadGenerator.Chaos;

/// <summary>What one chaos run submits, which faults it injects, and how long it waits for the system to settle.</summary>
public sealed record ChaosOptions
{
    public int Returns { get; init; } = 1000;

    /// <summary>Returns submitted per second (open loop: they keep coming while a fault is being healed).</summary>
    public double Rate { get; init; } = 8;

    public IReadOnlyList<Fault> Faults { get; init; } = FaultPlan.Full;

    /// <summary>How long a killed service stays down before it is started again.</summary>
    public TimeSpan DownTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait for the system to settle gives up when no return settled for this long.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>After every return settled: how long the queues may take to empty (late duplicates included) before the stores are read.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromMinutes(1);
}
