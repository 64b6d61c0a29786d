namespace Returns.Persistence.Tests.Scheduling;

/// <summary>The parcel came in time: the saga unschedules its timeout.</summary>
public sealed record ParcelArrived(Guid WatchId);
