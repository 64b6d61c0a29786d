namespace Returns.Inventory.Data;

/// <summary>Whether a returning mark still counts.</summary>
public enum ReturningItemStatus
{
    Returning,
    Reverted,
}
