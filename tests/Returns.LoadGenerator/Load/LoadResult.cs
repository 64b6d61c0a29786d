namespace Returns.LoadGenerator.Load;

/// <summary>What one measured run saw, before the report reduces it to figures.</summary>
/// <param name="Returns">The measured returns (warm-up left out), ended or not.</param>
/// <param name="Requested">Returns the options asked for; fewer are submitted when the closed loop stalls.</param>
/// <param name="Duration">From the first measured submission to the last measured end (or the deadline).</param>
/// <param name="BrokerMessages">Messages published into the virtual host during the measured part, from the management API; null when not counted.</param>
/// <param name="MeanMessageBytes">The mean size of the step events observed, MassTransit envelope included.</param>
public sealed record LoadResult(
    IReadOnlyList<TrackedReturn> Returns,
    int Requested,
    TimeSpan Duration,
    long? BrokerMessages,
    int MeanMessageBytes);
