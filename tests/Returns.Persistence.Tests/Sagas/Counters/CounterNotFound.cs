namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>The answer to a poke at a counter that does not exist.</summary>
public sealed record CounterNotFound(Guid CounterId);
