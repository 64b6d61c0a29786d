using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Permissions;

/// <summary>
/// One AMQP connection to the test virtual host as one user. Each operation runs on a channel of its own,
/// because the broker answers a forbidden one by closing the channel with ACCESS_REFUSED (403).
/// </summary>
public sealed class AmqpLogin : IAsyncDisposable
{
    private const ushort AccessRefused = 403;

    private readonly IConnection connection;

    private AmqpLogin(IConnection connection) => this.connection = connection;

    public static async Task<AmqpLogin> Open(string virtualHost, BrokerUser user)
    {
        var factory = new ConnectionFactory
        {
            HostName = "127.0.0.1",
            Port = InfrastructureGate.AmqpPort,
            VirtualHost = virtualHost,
            UserName = user.Name,
            Password = user.Password,
            ClientProvidedName = $"permission spec as {user.Name}",
        };
        return new AmqpLogin(await factory.CreateConnectionAsync());
    }

    /// <summary>True when the broker allowed every step of <paramref name="operation"/>, false when it refused one.</summary>
    public async Task<bool> Allowed(Func<IChannel, Task> operation) => await Refusal(operation) is null;

    /// <summary>
    /// Runs <paramref name="operation"/>: null when the broker allowed every step of it, else the broker's
    /// ACCESS_REFUSED text (which names the resource and the permission). Publishes wait for the broker's
    /// confirm, so a refused publish shows here too.
    /// </summary>
    public async Task<string?> Refusal(Func<IChannel, Task> operation)
    {
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        try
        {
            await operation(channel);
            return null;
        }
        catch (Exception) when (channel.CloseReason?.ReplyCode == AccessRefused)
        {
            return channel.CloseReason.ReplyText;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await connection.CloseAsync();
        connection.Dispose();
    }
}
