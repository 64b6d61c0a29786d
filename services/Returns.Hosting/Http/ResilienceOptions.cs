namespace Returns.Hosting.Http;

/// <summary>How calls to one external system are guarded. Defaults: 5 s per attempt, 3 retries, a breaker.</summary>
public sealed class ResilienceOptions
{
    public double TimeoutSeconds { get; set; } = 5;
    public int MaxRetryAttempts { get; set; } = 3;
    public int BaseDelayMs { get; set; } = 200;

    /// <summary>Longest wait a Retry-After header may ask for before the retry gives up waiting for it.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 10;

    /// <summary>
    /// Share of failed attempts that opens the breaker. High on purpose: a dependency failing half its calls
    /// is flaky, and the retries get through it; one failing nearly every call is down, and the breaker spares it.
    /// </summary>
    public double BreakerFailureRatio { get; set; } = 0.8;
    public int BreakerMinimumThroughput { get; set; } = 10;
    public int BreakerSamplingSeconds { get; set; } = 30;
    /// <summary>How long an open breaker refuses calls; shorter than the message retry's last interval (8 s), so that retry finds it closed again.</summary>
    public int BreakerBreakSeconds { get; set; } = 5;
}
