namespace Returns.Contracts.Status;

/// <summary>Reply when no return has the id asked about.</summary>
public sealed record ReturnNotFound(Guid ReturnId);
