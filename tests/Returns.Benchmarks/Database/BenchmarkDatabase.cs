using Npgsql;

namespace Returns.Benchmarks.Database;

/// <summary>A PostgreSQL database made for one run on the given server, dropped again on dispose.</summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string server;

    private BenchmarkDatabase(string server, string name, string serverVersion)
    {
        this.server = server;
        Name = name;
        ServerVersion = serverVersion;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }
    public string ServerVersion { get; }

    public static async Task<BenchmarkDatabase> Create(string server, CancellationToken cancellationToken)
    {
        var name = $"returns_bench_{Guid.NewGuid():N}";
        await using var connection = await Open(server, cancellationToken);
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var version = new NpgsqlCommand("SHOW server_version", connection);
        return new BenchmarkDatabase(server, name, (string)(await version.ExecuteScalarAsync(cancellationToken))!);
    }

    /// <summary>True while a database of that name exists on the server (the smoke spec checks the drop).</summary>
    public static async Task<bool> Exists(string server, string name)
    {
        await using var connection = await Open(server, CancellationToken.None);
        await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        query.Parameters.AddWithValue("name", name);
        return (long)(await query.ExecuteScalarAsync())! > 0;
    }

    public async ValueTask DisposeAsync()
    {
        // Only this database's pool: other users of the server in the same process keep theirs.
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = await Open(server, CancellationToken.None);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    // Unpooled: a pooled admin connection would sit idle on the server for minutes after the run, taking a
    // slot that other users of a shared server (max_connections) may need.
    private static async Task<NpgsqlConnection> Open(string server, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
