namespace Returns.Contracts.Decisions;

/// <summary>Reply to a decision: it fit the return's state and was applied.</summary>
public sealed record DecisionAccepted(Guid ReturnId, string Decision, string State);
