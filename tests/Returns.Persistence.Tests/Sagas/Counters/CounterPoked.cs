namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>A read-only look at a counter (nothing it touches is written); a missing one is answered with CounterNotFound.</summary>
public sealed record CounterPoked(Guid CounterId);
