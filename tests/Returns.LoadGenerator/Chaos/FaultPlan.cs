namespace Returns.LoadGenerator.Chaos;

/// <summary>Which faults a chaos run injects, in order, and when each fires.</summary>
public static class FaultPlan
{
    /// <summary>
    /// Every Returns process once (the sandbox stands for the outside world and stays up), RabbitMQ once and
    /// PostgreSQL once, interleaved so each server fault lands between service kills, with returns of every
    /// kind on their way.
    /// </summary>
    public static IReadOnlyList<Fault> Full { get; } =
    [
        Fault.Kill("Labels"),
        Fault.RabbitMq,
        Fault.Kill("Orchestrator"),
        Fault.Kill("Inventory"),
        Fault.Kill("Validation"),
        Fault.PostgreSql,
        Fault.Kill("Refunds"),
        Fault.Kill("Notifications"),
        Fault.Kill("Eligibility"),
        Fault.Kill("Api"),
    ];

    /// <summary>How many returns are submitted when fault <paramref name="index"/> of <paramref name="faults"/> fires: evenly spread, none at the very start or end.</summary>
    public static int FiresAfter(int index, int faults, int returns) =>
        Math.Max(1, (int)Math.Round((index + 1) * returns / (double)(faults + 1)));
}
