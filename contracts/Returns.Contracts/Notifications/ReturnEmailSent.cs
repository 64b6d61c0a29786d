namespace Returns.Contracts.Notifications;

/// <summary>An email about the return was handed to the mail server.</summary>
public sealed record ReturnEmailSent(Guid ReturnId, ReturnEmailKind Kind, string To);
