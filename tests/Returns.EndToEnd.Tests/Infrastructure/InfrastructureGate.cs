using System.Net.Sockets;

namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Decides whether tests that need a real broker may run. On a laptop without RabbitMQ they skip
/// (visibly, as skipped); under CI=true or RETURNS_REQUIRE_INFRA=1 a missing broker is a failure.
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
