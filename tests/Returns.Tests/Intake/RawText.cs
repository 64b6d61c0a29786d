namespace Returns.Tests.Intake;

/// <summary>Text to put on a queue exactly as written, no envelope: what someone types into the RabbitMQ UI.</summary>
public sealed record RawText(string Text);
