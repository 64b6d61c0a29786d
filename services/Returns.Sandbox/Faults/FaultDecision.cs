namespace Returns.Sandbox.Faults;

/// <summary>What one call should suffer: a delay first, then, if <see cref="StatusCode"/> is set, a failure.</summary>
public sealed record FaultDecision(TimeSpan Delay, int? StatusCode, string? Reason)
{
    public bool Fails => StatusCode is not null;
}
