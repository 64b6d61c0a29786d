namespace Returns.Contracts.Inventory;

/// <summary>Mark the returned items as on their way back, so stock planning counts them.</summary>
public sealed record MarkItemsReturning(Guid ReturnId, string OrderNumber, IReadOnlyList<ReturnLine> Lines);
