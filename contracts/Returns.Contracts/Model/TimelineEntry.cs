namespace Returns.Contracts.Model;

/// <summary>One entry of a return's audit trail: a transition, or a message recorded without one.</summary>
public sealed record TimelineEntry(
    DateTimeOffset At,
    string From,
    string To,
    string Event,
    string? Actor,
    string? Details);
