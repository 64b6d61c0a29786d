namespace Returns.Inventory.Data;

/// <summary>One line of a return on its way back, so stock planning can count it.</summary>
public sealed class ReturningItem
{
    public long Id { get; set; }
    public Guid ReturnId { get; set; }
    public required string Sku { get; set; }
    public int Quantity { get; set; }
    public ReturningItemStatus Status { get; set; }
    public DateTimeOffset MarkedAt { get; set; }
    public DateTimeOffset? RevertedAt { get; set; }
}
