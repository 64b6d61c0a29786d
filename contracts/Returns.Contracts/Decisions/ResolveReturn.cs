namespace Returns.Contracts.Decisions;

/// <summary>An operator settled a return that needs attention outside the system (by hand, with the customer); it ends Resolved.</summary>
public sealed record ResolveReturn(Guid ReturnId, string Actor, string Reason);
