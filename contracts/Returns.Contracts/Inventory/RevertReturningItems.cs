namespace Returns.Contracts.Inventory;

/// <summary>Compensation: take back the returning mark of a return.</summary>
public sealed record RevertReturningItems(Guid ReturnId);
