namespace Returns.Contracts.Decisions;

/// <summary>An operator or manager cancels a return that waits for a human; completed steps are compensated.</summary>
public sealed record CancelReturn(Guid ReturnId, string Actor, string Reason);
