namespace Returns.Persistence.Tests.Outbox;

/// <summary>Event the test saga publishes when a note is first tallied.</summary>
public sealed record NoteTallied(Guid NoteId);
