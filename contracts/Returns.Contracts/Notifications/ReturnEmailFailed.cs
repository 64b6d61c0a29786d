namespace Returns.Contracts.Notifications;

/// <summary>An email about the return could not be sent; the return goes on regardless.</summary>
public sealed record ReturnEmailFailed(Guid ReturnId, ReturnEmailKind Kind, string Reason);
