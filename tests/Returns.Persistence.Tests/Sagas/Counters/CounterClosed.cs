namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>Finalizes the counter, which deletes its row.</summary>
public sealed record CounterClosed(Guid CounterId);
