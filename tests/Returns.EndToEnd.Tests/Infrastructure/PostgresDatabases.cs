using Npgsql;

namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL database per stateful service for one system run, on the loopback server that
/// infra/test.sh starts (login returns/returns, allowed to create databases). Created empty (each
/// service applies its own migrations at start-up) and dropped with the run, even while a killed
/// service's connections linger.
/// </summary>
public sealed class PostgresDatabases : IAsyncDisposable
{
    // No TLS on loopback: Debian's server offers it and Npgsql takes it by default, which costs CPU on
    // both ends of every statement and protects nothing that never leaves the machine.
    private const string Server = "Host=127.0.0.1;Port=5432;Username=returns;Password=returns;SSL Mode=Disable";

    private readonly Dictionary<string, string> names;

    private PostgresDatabases(Dictionary<string, string> names) => this.names = names;

    /// <summary>The maintenance database, for CREATE and DROP.</summary>
    public static string AdminConnectionString => Server + ";Database=postgres;Timeout=5";

    public static async Task<PostgresDatabases> Create(IEnumerable<string> services)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var names = services.ToDictionary(service => service, service => $"returns_e2e_{run}_{service.ToLowerInvariant()}");
        var databases = new PostgresDatabases([]);
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        foreach (var (service, name) in names)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
            // Recorded one by one, so a failure half-way still drops what was made.
            databases.names[service] = name;
        }

        return databases;
    }

    /// <summary>
    /// The service's connection string. The pool is kept smaller than Npgsql's 100: every service and
    /// replica of a run (and the other test projects, which run alongside) share the server's 100
    /// connections. A consume holds its connection for its whole transaction (external call included),
    /// so a busy service waits for one now and then: it may wait up to 30 s rather than fail the message.
    /// </summary>
    public string ConnectionString(string service, int maxPoolSize) =>
        $"{Server};Database={names[service]};Maximum Pool Size={maxPoolSize};Timeout=30";

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        foreach (var name in names.Values)
        {
            // FORCE: a process killed a moment ago may still hold a session the server has not reaped.
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
