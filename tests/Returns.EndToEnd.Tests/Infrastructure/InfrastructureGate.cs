using System.Net.Sockets;
using Npgsql;

namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Decides whether tests that need real servers may run. On a laptop without RabbitMQ (or PostgreSQL,
/// for the specs that use it) they skip (visibly, as skipped); under CI=true or RETURNS_REQUIRE_INFRA=1
/// a missing server is a failure.
/// </summary>
public static class InfrastructureGate
{
    public const int AmqpPort = 5672;
    public const int ManagementPort = 15672;

    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("RETURNS_REQUIRE_INFRA") == "1";

    /// <summary>Null when RabbitMQ (AMQP and management) answers on loopback, else what is missing.</summary>
    public static string? MissingRabbitMq()
    {
        var missing = new[] { AmqpPort, ManagementPort }.Where(port => !Listening(port)).ToList();
        return missing.Count == 0
            ? null
            : $"RabbitMQ is not listening on 127.0.0.1:{string.Join(", ", missing)}; run infra/test.sh, which installs and starts it.";
    }

    /// <summary>Null when PostgreSQL accepts the tests' login on loopback, else why not.</summary>
    public static async Task<string?> MissingPostgreSql()
    {
        try
        {
            await using var connection = new NpgsqlConnection(PostgresDatabases.AdminConnectionString);
            await connection.OpenAsync();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or SocketException)
        {
            return $"PostgreSQL does not accept returns/returns on 127.0.0.1:5432 ({e.Message}); run infra/test.sh, which installs and starts it.";
        }
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync("127.0.0.1", port).Wait(TimeSpan.FromSeconds(2)) && client.Connected;
        }
        catch (Exception e) when (e is SocketException or AggregateException)
        {
            return false;
        }
    }
}
