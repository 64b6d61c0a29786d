namespace Returns.Contracts.Model;

/// <summary>A postal address; the return label is issued from it.</summary>
public sealed record Address(string Line1, string? Line2, string City, string PostalCode, string Country);
