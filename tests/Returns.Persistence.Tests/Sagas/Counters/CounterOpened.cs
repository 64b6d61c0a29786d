namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>Starts a counter the other way: the instance is added, and saved after the behaviour.</summary>
public sealed record CounterOpened(Guid CounterId, string Name);
