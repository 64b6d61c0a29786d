namespace Returns.Sandbox.Faults;

/// <summary>How one fake system misbehaves; <see cref="NormalFor"/> is "not at all".</summary>
public sealed record FaultSettings(
    double ErrorRate,
    int LatencyMs,
    int StatusCode,
    IReadOnlyList<string> FailOrders,
    int FailStatusCode)
{
    /// <summary>
    /// HTTP APIs fail with 503 (transient) and 422 (a refusal). SMTP has its own reply codes:
    /// 451 is a transient local error and 550 a permanent refusal of the mailbox, which is what a
    /// mail client needs to tell "try again" from "give up".
    /// </summary>
    public static FaultSettings NormalFor(string api) => api == FaultApis.Smtp
        ? new FaultSettings(0, 0, 451, [], 550)
        : new FaultSettings(0, 0, 503, [], 422);
}
