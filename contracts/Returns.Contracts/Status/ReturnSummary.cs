namespace Returns.Contracts.Status;

/// <summary>One return in a ReturnsPage; GetReturnStatus gives the rest.</summary>
public sealed record ReturnSummary(
    Guid ReturnId,
    string State,
    string OrderNumber,
    DateTimeOffset RequestedAt,
    DateTimeOffset UpdatedAt,
    string? StatusReason);
