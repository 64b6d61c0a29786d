namespace Returns.Contracts.Model;

/// <summary>A line the customer wants to return: which SKU and how many.</summary>
public sealed record ReturnLine(string Sku, int Quantity);
