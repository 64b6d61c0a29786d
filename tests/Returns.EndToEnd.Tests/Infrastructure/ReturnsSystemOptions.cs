namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>How a <see cref="ReturnsSystem"/> is laid out; the defaults are the quick one the status specs share.</summary>
public sealed record ReturnsSystemOptions
{
    public SystemDatabase Database { get; init; } = SystemDatabase.Sqlite;

    /// <summary>Orchestrator processes sharing one database and the saga queue (competing consumers); more than one needs PostgreSQL.</summary>
    public int OrchestratorReplicas { get; init; } = 1;

    /// <summary>Settings (environment variables, Section__Key) given to the orchestrator processes only.</summary>
    public IReadOnlyDictionary<string, string> OrchestratorSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>Settings given to every Returns process (orchestrator, step services, API; not the sandbox), over the fixture's own.</summary>
    public IReadOnlyDictionary<string, string> ServiceSettings { get; init; } = new Dictionary<string, string>();
}
