namespace Returns.Contracts.Eligibility;

/// <summary>The policy allows the return; Rule names the rule that decided.</summary>
public sealed record ReturnEligible(Guid ReturnId, string Rule, string Details);
