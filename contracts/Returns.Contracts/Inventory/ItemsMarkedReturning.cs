namespace Returns.Contracts.Inventory;

/// <summary>The items are marked as returning.</summary>
public sealed record ItemsMarkedReturning(Guid ReturnId, int Units);
