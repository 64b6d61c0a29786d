using Npgsql;

namespace Returns.Persistence.Tests.Databases;

/// <summary>
/// Whether the PostgreSQL cases may run: on a laptop without the server they skip (as skipped,
/// never as passed); under CI=true or RETURNS_REQUIRE_INFRA=1 a missing server fails the test.
/// </summary>
public static class PostgresGate
{
    private static readonly Lazy<Task<string?>> Missing = new(Probe);

    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("RETURNS_REQUIRE_INFRA") == "1";

    public static async Task EnsureAvailable()
    {
        var missing = await Missing.Value;
        if (missing is null)
        {
            return;
        }

        if (Required)
        {
            throw new InvalidOperationException($"PostgreSQL is required here (CI=true or RETURNS_REQUIRE_INFRA=1): {missing}");
        }

        throw new SkipException($"PostgreSQL is not available: {missing}. infra/test.sh starts it.");
    }

    private static async Task<string?> Probe()
    {
        try
        {
            await using var connection = new NpgsqlConnection(TestDatabase.PostgresServer + ";Database=postgres");
            await connection.OpenAsync();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return e.Message;
        }
    }
}
