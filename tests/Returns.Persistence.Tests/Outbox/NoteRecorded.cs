namespace Returns.Persistence.Tests.Outbox;

/// <summary>Event the test consumer publishes.</summary>
public sealed record NoteRecorded(Guid NoteId, string Text);
