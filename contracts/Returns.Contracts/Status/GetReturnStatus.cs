namespace Returns.Contracts.Status;

/// <summary>Request: where is this return, and how did it get there.</summary>
public sealed record GetReturnStatus(Guid ReturnId);
