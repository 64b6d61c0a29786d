namespace Returns.Persistence.Tests.Outbox;

/// <summary>The business row a test consumer writes: proof of whether (and how often) its changes committed.</summary>
public sealed class Note
{
    public long Id { get; set; }
    public Guid NoteId { get; set; }
    public string Text { get; set; } = string.Empty;
}
