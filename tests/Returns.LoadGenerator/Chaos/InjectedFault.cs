namespace Returns.LoadGenerator.Chaos;

/// <summary>A fault as it happened: when (seconds into the run), with how much of the run behind it, and how long until things were back.</summary>
/// <param name="BackSeconds">From the kill (or the stop) until the target answered again: the service ready, the server listening.</param>
/// <param name="AllReadySeconds">From the kill (or the stop) until every service reported ready again (a server fault cuts them all off).</param>
/// <param name="Error">Why healing failed, when it did.</param>
public sealed record InjectedFault(
    string Fault,
    double AtSeconds,
    int Submitted,
    int Settled,
    double? BackSeconds,
    double? AllReadySeconds,
    string? Error);
