namespace Returns.Contracts.Eligibility;

/// <summary>The policy refuses the return; Rule names the rule that decided.</summary>
public sealed record ReturnIneligible(Guid ReturnId, string Rule, string Reason);
