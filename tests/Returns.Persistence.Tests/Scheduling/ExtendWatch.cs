namespace Returns.Persistence.Tests.Scheduling;

/// <summary>Gives the parcel 14 days instead: the saga reschedules, so the first token goes stale.</summary>
public sealed record ExtendWatch(Guid WatchId);
