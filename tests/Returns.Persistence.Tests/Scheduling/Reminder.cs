namespace Returns.Persistence.Tests.Scheduling;

/// <summary>The message the consumer-level specs schedule.</summary>
public sealed record Reminder(Guid ReminderId, string Text);
