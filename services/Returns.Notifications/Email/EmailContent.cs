namespace Returns.Notifications.Email;

/// <summary>What an email says, before it is addressed.</summary>
public sealed record EmailContent(string Subject, string Body);
