namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>Adds one.</summary>
public sealed record CounterIncremented(Guid CounterId);
