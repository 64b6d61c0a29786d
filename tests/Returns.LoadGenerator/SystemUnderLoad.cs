using Returns.LoadGenerator.Load;

namespace Returns.LoadGenerator;

/// <summary>Where the load goes and how the generator reads the processes' peak memory and the services' message retries.</summary>
public sealed record SystemUnderLoad(
    BrokerTarget Broker,
    string Description,
    Func<IReadOnlyDictionary<string, long?>> PeakMemory,
    Func<ConflictRetries?> Retries);
