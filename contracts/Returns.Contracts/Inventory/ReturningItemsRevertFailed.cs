namespace Returns.Contracts.Inventory;

/// <summary>The returning mark could not be removed.</summary>
public sealed record ReturningItemsRevertFailed(Guid ReturnId, string Reason);
