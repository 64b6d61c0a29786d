namespace Returns.Orchestrator;

/// <summary>Business timings of the saga, bound from the "Orchestrator" section and checked at start-up.</summary>
public sealed class OrchestratorOptions
{
    public const string Section = "Orchestrator";

    /// <summary>The refund falls due this long after the label is issued: when the parcel is expected back.</summary>
    public TimeSpan RefundDelay { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long the saga waits for a step (or a compensation) to answer before a person is asked to look.
    /// Longer than a step's own retries (message retry around Polly's), so a slow step is not mistaken for a lost one.
    /// </summary>
    public TimeSpan StepTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>What is wrong with these settings, or nothing.</summary>
    public IEnumerable<string> Problems()
    {
        if (RefundDelay < TimeSpan.Zero)
        {
            yield return $"{Section}:RefundDelay must not be negative (got {RefundDelay}).";
        }

        if (StepTimeout <= TimeSpan.Zero)
        {
            yield return $"{Section}:StepTimeout must be positive (got {StepTimeout}).";
        }
    }
}
