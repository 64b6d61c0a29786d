namespace Returns.Api.Returns;

/// <summary>Body of a human decision: who decides and why. Both are recorded on the timeline.</summary>
public sealed record DecisionRequest(string? Actor, string? Reason);
