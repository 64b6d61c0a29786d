namespace Returns.Orchestrator;

/// <summary>Business timings of the saga, bound from the "Orchestrator" section.</summary>
public sealed class OrchestratorOptions
{
    public const string Section = "Orchestrator";

    /// <summary>The refund falls due this long after the label is issued: when the parcel is expected back.</summary>
    public TimeSpan RefundDelay { get; set; } = TimeSpan.FromDays(7);
}
