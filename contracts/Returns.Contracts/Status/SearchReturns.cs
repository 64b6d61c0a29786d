namespace Returns.Contracts.Status;

/// <summary>
/// Request: one page of returns, newest first, optionally only those in a state, for an order, or requested
/// in [From, To) (either end may be open).
/// </summary>
public sealed record SearchReturns(string? State, string? OrderNumber, int Page, int PageSize, DateTimeOffset? From = null, DateTimeOffset? To = null);
