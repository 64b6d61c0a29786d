namespace Returns.Sandbox.Orders;

/// <summary>Who placed an order.</summary>
public sealed record Customer(string Name, string Email);
