using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Returns.Hosting.Http;

/// <summary>
/// Builds the Polly pipelines that guard external calls: retry with exponential backoff and jitter
/// (outermost), a circuit breaker per dependency, and a timeout per attempt (innermost).
/// </summary>
public static class ResiliencePipelines
{
    public static ResiliencePipeline<HttpResponseMessage> ForHttp(ResilienceOptions options, TimeProvider? time = null)
    {
        var shouldHandle = new PredicateBuilder<HttpResponseMessage>()
            .Handle<Exception>(TransientFailures.IsTransient)
            .HandleResult(response => TransientFailures.IsTransient(response.StatusCode));

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time ?? TimeProvider.System };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = shouldHandle,
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.BaseDelayMs),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options)),
                // The failed response is dropped for the next attempt; dispose it so its connection returns to the pool.
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = shouldHandle,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = Math.Max(2, options.BreakerMinimumThroughput),
                SamplingDuration = TimeSpan.FromSeconds(Math.Max(1, options.BreakerSamplingSeconds)),
                BreakDuration = TimeSpan.FromSeconds(Math.Max(1, options.BreakerBreakSeconds)),
            })
            .AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds))
            .Build();
    }

    /// <summary>The same shape for calls that are not HTTP (SMTP): only exceptions decide.</summary>
    public static ResiliencePipeline ForCalls(ResilienceOptions options, Func<Exception, bool> isTransient, TimeProvider? time = null)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time ?? TimeProvider.System };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => isTransient(e) || e is TimeoutRejectedException),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.BaseDelayMs),
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => isTransient(e) || e is TimeoutRejectedException),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = Math.Max(2, options.BreakerMinimumThroughput),
                SamplingDuration = TimeSpan.FromSeconds(Math.Max(1, options.BreakerSamplingSeconds)),
                BreakDuration = TimeSpan.FromSeconds(Math.Max(1, options.BreakerBreakSeconds)),
            })
            .AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds))
            .Build();
    }

    /// <summary>Honours a 429/503 Retry-After (capped); otherwise lets the backoff decide.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, ResilienceOptions options)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date - DateTimeOffset.UtcNow);
        if (wait is null || wait <= TimeSpan.Zero)
        {
            return null;
        }

        var cap = TimeSpan.FromSeconds(options.MaxRetryAfterSeconds);
        return wait > cap ? cap : wait;
    }
}
