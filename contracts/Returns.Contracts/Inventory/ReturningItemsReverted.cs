namespace Returns.Contracts.Inventory;

/// <summary>The returning mark is gone (or was never there).</summary>
public sealed record ReturningItemsReverted(Guid ReturnId, int Units);
