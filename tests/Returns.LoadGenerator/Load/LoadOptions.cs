namespace Returns.LoadGenerator.Load;

/// <summary>What one load run submits, how fast, and how long it may take.</summary>
public sealed record LoadOptions
{
    public int Returns { get; init; } = 1000;

    /// <summary>Returns submitted per second whatever happens to them (open loop); null: <see cref="Concurrency"/> in flight instead (closed loop).</summary>
    public double? Rate { get; init; }

    /// <summary>Returns in flight at once when no <see cref="Rate"/> is set: the next is submitted when one ends.</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>The sandbox order every return is about; ORD-1001 passes every step.</summary>
    public string OrderNumber { get; init; } = "ORD-1001";

    /// <summary>How long after the last submission the run waits for returns still in flight.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Messages the raw transport baseline moves after the run; 0 leaves it out.</summary>
    public int BaselineMessages { get; init; } = 5000;

    /// <summary>Whether to wait for the management API's statistics (sampled every 5 s) to count the broker's messages.</summary>
    public bool CountBrokerMessages { get; init; } = true;
}
