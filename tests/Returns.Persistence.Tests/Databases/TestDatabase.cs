using Microsoft.Data.Sqlite;
using Npgsql;
using Returns.Persistence.Providers;

namespace Returns.Persistence.Tests.Databases;

/// <summary>
/// A database of its own for one test (class): a temporary SQLite file, or a freshly created
/// PostgreSQL database on loopback, dropped again on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The server the PostgreSQL cases use; infra/lib/postgres.sh creates the login.</summary>
    public const string PostgresServer = "Host=127.0.0.1;Port=5432;Username=returns;Password=returns;Timeout=5";

    private readonly Func<Task> drop;

    private TestDatabase(DatabaseOptions options, Func<Task> drop)
    {
        Options = options;
        this.drop = drop;
    }

    public DatabaseOptions Options { get; }
    public DatabaseProvider Provider => Options.Provider;

    /// <summary>Creates a database for the provider; for PostgreSQL, skips or fails (under CI) when the server is absent.</summary>
    public static async Task<TestDatabase> Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => CreateSqlite(),
        DatabaseProvider.PostgreSql => await CreatePostgres(),
        _ => throw new NotSupportedException($"{provider} has no server on this machine; it is covered by DDL generation."),
    };

    public async ValueTask DisposeAsync() => await drop();

    private static TestDatabase CreateSqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"returns-test-{Guid.NewGuid():N}.db");
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path};Pooling=False" };
        return new TestDatabase(options, () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgres()
    {
        await PostgresGate.EnsureAvailable();
        var name = $"returns_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(PostgresServer + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var options = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = $"{PostgresServer};Database={name}" };
        return new TestDatabase(options, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer + ";Database=postgres");
            await connection.OpenAsync();
            await using var dropCommand = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await dropCommand.ExecuteNonQueryAsync();
        });
    }
}
