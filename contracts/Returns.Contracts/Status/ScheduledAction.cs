namespace Returns.Contracts.Status;

/// <summary>Something the saga has scheduled for a return: what (Action), when it falls due, and what happens then.</summary>
public sealed record ScheduledAction(string Action, DateTimeOffset DueAt, string Details);
