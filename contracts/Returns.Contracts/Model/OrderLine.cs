namespace Returns.Contracts.Model;

/// <summary>A line of the order being returned, as the Orders API knew it when the return was validated.</summary>
public sealed record OrderLine(string Sku, string Name, int Quantity, decimal UnitPrice, bool FinalSale);
