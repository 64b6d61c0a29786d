namespace Returns.Hosting.Messaging;

/// <summary>How messages are retried before they fault. Bound from the "Messaging" section.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Delays between redeliveries of a failing message, in milliseconds; empty turns retry off.</summary>
    public int[] RetryIntervalsMs { get; set; } = [200, 1000, 3000];

    /// <summary>Messages a consumer fetches ahead; MassTransit's default is sized for bigger machines.</summary>
    public int PrefetchCount { get; set; } = 16;
}
