namespace Returns.Persistence.Tests.Sagas.Counters;

/// <summary>Adds one, while on the first attempt a rival moves the row's version on in between.</summary>
public sealed record CounterIncrementedAgainstRival(Guid CounterId);
