namespace Returns.Sandbox.Smtp;

/// <summary>A mail the sink accepted: envelope sender and recipients, decoded subject and text body.</summary>
public sealed record ReceivedMail(
    string From,
    IReadOnlyList<string> To,
    string Subject,
    string Body,
    DateTimeOffset ReceivedAt);
