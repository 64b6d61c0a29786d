namespace Returns.Contracts.Validation;

/// <summary>The order exists and the requested lines are returnable; Order holds just the lines being returned.</summary>
public sealed record OrderValidated(Guid ReturnId, OrderSnapshot Order);
