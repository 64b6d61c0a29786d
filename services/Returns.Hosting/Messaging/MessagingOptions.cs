using Microsoft.Extensions.Configuration;

namespace Returns.Hosting.Messaging;

/// <summary>How messages are retried before they fault. Bound from the "Messaging" section (use <see cref="From"/>).</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>
    /// Delays between redeliveries of a failing message, in milliseconds; empty turns retry off. The last
    /// one outlasts a tripped circuit breaker's default break (5 s), so a step whose dependency was briefly
    /// switched off by its breaker gets one more try before it faults.
    /// </summary>
    public int[] RetryIntervalsMs { get; set; } = [200, 1000, 3000, 8000];

    /// <summary>Messages a consumer fetches ahead; MassTransit's default is sized for bigger machines.</summary>
    public int PrefetchCount { get; set; } = 16;

    /// <summary>
    /// Binds the section. Configured retry intervals replace the defaults: the configuration binder would
    /// append them to the array it found, so "RetryIntervalsMs: [100]" would mean five retries, not one.
    /// </summary>
    public static MessagingOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = section.Get<MessagingOptions>() ?? new();
        var intervals = section.GetSection(nameof(RetryIntervalsMs));
        if (intervals.GetChildren().Any())
        {
            options.RetryIntervalsMs = intervals.GetChildren().Select(child => child.Get<int>()).ToArray();
        }

        return options;
    }
}
