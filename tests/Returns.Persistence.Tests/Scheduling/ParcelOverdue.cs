namespace Returns.Persistence.Tests.Scheduling;

/// <summary>The scheduled timeout message.</summary>
public sealed record ParcelOverdue(Guid WatchId);
