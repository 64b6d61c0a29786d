namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>Starts a counter; the saga inserts its row before the behaviour runs (InsertOnInitial).</summary>
public sealed record CounterStarted(Guid CounterId, string Name);
