namespace Returns.Contracts.Decisions;

/// <summary>Reply to a decision: it does not fit the return's state; nothing changed.</summary>
public sealed record DecisionRefused(Guid ReturnId, string Decision, string State, string Reason);
