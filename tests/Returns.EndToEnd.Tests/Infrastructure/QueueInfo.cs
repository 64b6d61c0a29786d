namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>A queue of the test's virtual host: how many messages wait in it (ready or unacknowledged) and how many consumers read it.</summary>
public sealed record QueueInfo(string Name, int Messages, int Consumers)
{
    /// <summary>Where MassTransit moves a message that failed for good (_error) or that nobody consumes (_skipped).</summary>
    public bool HoldsFailures => Name.EndsWith("_error", StringComparison.Ordinal) || Name.EndsWith("_skipped", StringComparison.Ordinal);

    /// <summary>A process's own temporary bus queue (responses to its requests), not a step's or the saga's.</summary>
    public bool IsBusQueue => Name.Contains("_bus_", StringComparison.Ordinal);
}
