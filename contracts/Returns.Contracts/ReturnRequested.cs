namespace Returns.Contracts;

/// <summary>A customer asked to return (part of) an order. Starts the return saga; an empty Lines list means every line of the order.</summary>
public sealed record ReturnRequested(
    Guid ReturnId,
    string OrderNumber,
    IReadOnlyList<ReturnLine> Lines,
    string Reason,
    DateTimeOffset RequestedAt);
