namespace Returns.Sandbox.Orders;

/// <summary>An order as the shop's Orders API answers it.</summary>
public sealed record Order(
    string OrderNumber,
    DateTimeOffset PurchasedAt,
    string Currency,
    Customer Customer,
    Address ShippingAddress,
    IReadOnlyList<OrderLine> Lines);
