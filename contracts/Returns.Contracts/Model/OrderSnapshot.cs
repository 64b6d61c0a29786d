namespace Returns.Contracts.Model;

/// <summary>What later steps need to know about the order, so no step has to read another service's data.</summary>
public sealed record OrderSnapshot(
    string OrderNumber,
    DateTimeOffset PurchasedAt,
    string Currency,
    Customer Customer,
    Address ShippingAddress,
    IReadOnlyList<OrderLine> Lines);
