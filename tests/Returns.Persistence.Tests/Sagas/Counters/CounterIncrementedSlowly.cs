namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>Adds one, but the first attempt waits at the Gate after reading the instance.</summary>
public sealed record CounterIncrementedSlowly(Guid CounterId);
