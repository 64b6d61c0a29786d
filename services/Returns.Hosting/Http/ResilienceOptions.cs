namespace Returns.Hosting.Http;

/// <summary>How calls to one external system are guarded. Defaults: 5 s per attempt, 3 retries, a breaker.</summary>
public sealed class ResilienceOptions
{
    public double TimeoutSeconds { get; set; } = 5;
    public int MaxRetryAttempts { get; set; } = 3;
    public int BaseDelayMs { get; set; } = 200;

    /// <summary>Longest wait a Retry-After header may ask for before the retry gives up waiting for it.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 10;

    public double BreakerFailureRatio { get; set; } = 0.5;
    public int BreakerMinimumThroughput { get; set; } = 10;
    public int BreakerSamplingSeconds { get; set; } = 30;
    public int BreakerBreakSeconds { get; set; } = 15;
}
