using Returns.LoadGenerator.Load;

namespace Returns.LoadGenerator;

/// <summary>Where the load goes and how the generator samples the processes (memory, CPU) and reads the services' message retries.</summary>
public sealed record SystemUnderLoad(
    BrokerTarget Broker,
    string Description,
    Func<IReadOnlyDictionary<string, ProcessSample>> Sample,
    Func<ConflictRetries?> Retries)
{
    /// <summary>The services' samples with the machine's PostgreSQL and RabbitMQ CPU beside them.</summary>
    public static IReadOnlyDictionary<string, ProcessSample> WithServers(IReadOnlyDictionary<string, ProcessSample> services)
    {
        var samples = new Dictionary<string, ProcessSample>(services);
        foreach (var (server, seconds) in ServerCpu.Sample())
        {
            samples[$"({server})"] = new ProcessSample(null, null, seconds);
        }

        return samples;
    }
}
