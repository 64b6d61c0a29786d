namespace Returns.Api.Returns;

/// <summary>
/// Body of a human decision: why. The actor on the timeline is the authenticated operator; an "actor" in the
/// body is accepted for older clients and ignored.
/// </summary>
public sealed record DecisionRequest(string? Actor, string? Reason);
