namespace Returns.Contracts.Status;

/// <summary>Request: one page of returns, newest first, optionally only those in a state or for an order.</summary>
public sealed record SearchReturns(string? State, string? OrderNumber, int Page, int PageSize);
