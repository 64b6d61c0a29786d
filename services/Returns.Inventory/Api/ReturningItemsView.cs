namespace Returns.Inventory.Api;

/// <summary>What Inventory holds for one return: the units still counted as returning, and every row.</summary>
public sealed record ReturningItemsView(Guid ReturnId, int UnitsReturning, IReadOnlyList<ReturningItemView> Items);
