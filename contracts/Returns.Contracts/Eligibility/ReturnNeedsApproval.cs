namespace Returns.Contracts.Eligibility;

/// <summary>The policy leaves the return to a manager; Rule names the rule that decided.</summary>
public sealed record ReturnNeedsApproval(Guid ReturnId, string Rule, string Reason);
