namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>Published with every increment, so a test can count what left the saga.</summary>
public sealed record CounterChanged(Guid CounterId, int Count);
