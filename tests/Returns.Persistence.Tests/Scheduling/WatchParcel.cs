namespace Returns.Persistence.Tests.Scheduling;

/// <summary>Starts a parcel watch: the saga schedules its 7-day timeout.</summary>
public sealed record WatchParcel(Guid WatchId);
