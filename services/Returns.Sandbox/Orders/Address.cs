namespace Returns.Sandbox.Orders;

/// <summary>A postal address as the shop and the carrier write it.</summary>
public sealed record Address(string Line1, string? Line2, string City, string PostalCode, string Country);
