namespace Returns.Sandbox.Orders;

/// <summary>One line of an order; final-sale lines cannot be returned.</summary>
public sealed record OrderLine(string Sku, string Name, int Quantity, decimal UnitPrice, bool FinalSale);
