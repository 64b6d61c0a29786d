namespace Returns.Contracts.Model;

/// <summary>Who placed the order and where to write to them.</summary>
public sealed record Customer(string Name, string Email);
