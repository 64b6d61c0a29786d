namespace Returns.Sandbox.Faults;

/// <summary>Decides, per call, whether a fake system answers late and whether it fails; the SMTP sink asks it too.</summary>
public sealed class FaultInjector(FaultRegistry registry, TimeProvider time, ILogger<FaultInjector> logger)
{
    /// <summary>
    /// The key is what <c>failOrders</c> is matched against: the order number for the HTTP APIs,
    /// the recipient address for <c>smtp</c>. Null when the call names none.
    /// </summary>
    public FaultDecision Decide(string api, string? key)
    {
        var settings = registry.For(api);
        var delay = TimeSpan.FromMilliseconds(settings.LatencyMs);

        if (key is not null && settings.FailOrders.Contains(key.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return Fail(api, key, delay, settings.FailStatusCode, $"The {api} API is set to refuse {key}.");
        }
        if (settings.ErrorRate > 0 && Random.Shared.NextDouble() < settings.ErrorRate)
        {
            return Fail(api, key, delay, settings.StatusCode, $"Injected {api} failure (errorRate {settings.ErrorRate}).");
        }
        return new FaultDecision(delay, StatusCode: null, Reason: null);
    }

    /// <summary>Waits out the decision's latency on the sandbox's clock.</summary>
    public Task DelayAsync(FaultDecision decision, CancellationToken cancellationToken) =>
        decision.Delay > TimeSpan.Zero ? Task.Delay(decision.Delay, time, cancellationToken) : Task.CompletedTask;

    private FaultDecision Fail(string api, string? key, TimeSpan delay, int statusCode, string reason)
    {
        logger.LogInformation("Injecting {StatusCode} into a {Api} call about {Key}: {Reason}", statusCode, api, key, reason);
        return new FaultDecision(delay, statusCode, reason);
    }
}
