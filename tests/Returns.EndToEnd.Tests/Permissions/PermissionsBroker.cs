using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Permissions;

/// <summary>
/// A virtual host of its own on the local broker with infra/rabbitmq/definitions.json loaded into it (users
/// renamed after it, random passwords), and no services: the permission specs act as each user themselves.
/// </summary>
public sealed class PermissionsBroker : IAsyncLifetime
{
    private RabbitMqVirtualHost? virtualHost;

    /// <summary>Why the broker is not there (a laptop without RabbitMQ), or null when it is.</summary>
    public string? Unavailable { get; private set; }

    public RabbitMqVirtualHost VirtualHost => virtualHost ?? throw new InvalidOperationException(Unavailable);

    public IReadOnlyDictionary<string, BrokerUser> Users { get; private set; } = new Dictionary<string, BrokerUser>();

    /// <summary>A login as one of the definitions' users, by its checked-in suffix ("labels", "operator").</summary>
    public Task<AmqpLogin> LogIn(string user) => AmqpLogin.Open(VirtualHost.Name, Users[user]);

    /// <summary>A login as the broker's administrator (guest, on loopback only), to set the stage.</summary>
    public Task<AmqpLogin> LogInAsAdministrator() => AmqpLogin.Open(VirtualHost.Name, new BrokerUser("guest", "guest"));

    public async Task InitializeAsync()
    {
        Unavailable = InfrastructureGate.MissingRabbitMq();
        if (Unavailable is not null)
        {
            if (InfrastructureGate.Required)
            {
                throw new InvalidOperationException($"RabbitMQ is required here (CI=true or RETURNS_REQUIRE_INFRA=1): {Unavailable}");
            }

            return;
        }

        virtualHost = await RabbitMqVirtualHost.Create("returns-perm");
        try
        {
            Users = await virtualHost.ApplyDefinitions();
        }
        catch
        {
            // A fixture whose start failed may never be disposed: leave no virtual host or users behind.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (virtualHost is not null)
        {
            await virtualHost.DisposeAsync();
            virtualHost = null;
        }
    }
}
