namespace Returns.Contracts.Eligibility;

/// <summary>Apply the return policy to a validated order.</summary>
public sealed record CheckEligibility(Guid ReturnId, OrderSnapshot Order, DateTimeOffset RequestedAt);
