namespace Returns.Inventory.Api;

/// <summary>A returning row as the read endpoint shows it.</summary>
public sealed record ReturningItemView(string Sku, int Quantity, string Status, DateTimeOffset MarkedAt, DateTimeOffset? RevertedAt);
