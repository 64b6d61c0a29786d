namespace Returns.Contracts.Validation;

/// <summary>The order is unknown or the requested lines cannot be returned.</summary>
public sealed record OrderValidationFailed(Guid ReturnId, string Reason);
