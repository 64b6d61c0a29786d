namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>Correlated by name, not by id: goes through the repository's query path.</summary>
public sealed record CounterRenamed(string Name, string NewName);
