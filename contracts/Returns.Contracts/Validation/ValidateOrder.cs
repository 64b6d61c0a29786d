namespace Returns.Contracts.Validation;

/// <summary>Check with the Orders API that the order exists and the requested lines can be returned.</summary>
public sealed record ValidateOrder(Guid ReturnId, string OrderNumber, IReadOnlyList<ReturnLine> Lines);
