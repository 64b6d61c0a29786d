namespace Returns.Contracts.Decisions;

/// <summary>A manager approves a return that waits for approval.</summary>
public sealed record ApproveReturn(Guid ReturnId, string Actor, string Reason);
