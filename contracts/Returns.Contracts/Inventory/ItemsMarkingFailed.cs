namespace Returns.Contracts.Inventory;

/// <summary>The items could not be marked as returning.</summary>
public sealed record ItemsMarkingFailed(Guid ReturnId, string Reason);
