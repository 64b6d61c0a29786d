namespace Returns.Api.Returns;

/// <summary>Body of POST /returns. Lines empty or absent: return the whole order. ReturnId: optional, makes a retried POST safe.</summary>
public sealed record SubmitReturnRequest(string? OrderNumber, string? Reason, List<ReturnLineRequest?>? Lines, Guid? ReturnId);

/// <summary>One line of a return request.</summary>
public sealed record ReturnLineRequest(string? Sku, int Quantity);
