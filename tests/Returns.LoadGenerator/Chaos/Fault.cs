namespace Returns.LoadGenerator.Chaos;

/// <summary>
/// One fault of a chaos run: a service killed with SIGKILL and started again, or a server (RabbitMQ,
/// PostgreSQL) stopped and started through its infra/lib script.
/// </summary>
/// <param name="Target">The service's process name, or the server's.</param>
/// <param name="Library">For a server: the infra/lib script (without .sh) holding its restart and ensure functions; null for a service.</param>
public sealed record Fault(string Target, string? Library = null)
{
    public static Fault RabbitMq { get; } = new("RabbitMQ", "rabbitmq");
    public static Fault PostgreSql { get; } = new("PostgreSQL", "postgres");

    public static Fault Kill(string service) => new(service);

    public bool IsServer => Library is not null;

    public string Description => IsServer ? $"stop + start {Target}" : $"kill -9 {Target} + restart";

    /// <summary>The script function that stops and starts the server (restart_rabbitmq, restart_postgres).</summary>
    public string RestartFunction => $"restart_{Library}";

    /// <summary>The script function that starts the server if it is down and leaves it alone otherwise.</summary>
    public string EnsureFunction => $"ensure_{Library}";
}
