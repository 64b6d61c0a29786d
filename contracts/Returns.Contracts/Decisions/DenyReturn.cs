namespace Returns.Contracts.Decisions;

/// <summary>A manager denies a return that waits for approval.</summary>
public sealed record DenyReturn(Guid ReturnId, string Actor, string Reason);
