using System.Net;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Health;

/// <summary>
/// /health/ready and /health/live of a real service process (Inventory: a database and a bus), started
/// three times side by side: with RabbitMQ and PostgreSQL reachable, with RabbitMQ on a closed loopback
/// port, and with PostgreSQL on one. Ready is 200 only in the first; live is 200 in all three.
/// </summary>
public sealed class ReadinessSpecs
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [SkippableFact]
    public async Task Ready_answers_200_only_while_RabbitMQ_and_the_database_are_reachable_and_live_answers_200_regardless()
    {
        var missing = InfrastructureGate.MissingRabbitMq() ?? await InfrastructureGate.MissingPostgreSql();
        if (missing is not null && InfrastructureGate.Required)
        {
            throw new InvalidOperationException($"Readiness needs RabbitMQ and PostgreSQL here (CI=true or RETURNS_REQUIRE_INFRA=1): {missing}");
        }

        Skip.If(missing is not null, missing);

        await using var virtualHost = await RabbitMqVirtualHost.Create("returns-ready");
        await using var databases = await PostgresDatabases.Create(["Inventory"]);
        var database = databases.ConnectionString("Inventory", maxPoolSize: 4);
        var closedPort = FreePorts.Next().ToString();

        using var healthy = Inventory(virtualHost.Name, database);
        using var noBroker = Inventory(virtualHost.Name, database, rabbitPort: closedPort);
        // Not migrated at start, or the closed port would stop the process before it could answer anything.
        using var noDatabase = Inventory(virtualHost.Name, $"Host=127.0.0.1;Port={closedPort};Database=inventory;Username=returns;Password=returns;Timeout=2", migrateOnStart: false);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        // Every process answers live as soon as it listens, whatever it depends on.
        foreach (var service in new[] { healthy, noBroker, noDatabase })
        {
            (await Eventually(http, service, "health/live", HttpStatusCode.OK)).ShouldBe(HttpStatusCode.OK, service.Tail());
        }

        (await Eventually(http, healthy, "health/ready", HttpStatusCode.OK)).ShouldBe(HttpStatusCode.OK, healthy.Tail());

        var (brokerStatus, brokerReport) = await Ready(http, noBroker);
        brokerStatus.ShouldBe(HttpStatusCode.ServiceUnavailable, brokerReport);
        var (databaseStatus, databaseReport) = await Ready(http, noDatabase);
        databaseStatus.ShouldBe(HttpStatusCode.ServiceUnavailable, databaseReport);

        // Still not ready a while later (not just while starting), and still alive.
        await Task.Delay(TimeSpan.FromSeconds(3));
        (await Ready(http, noBroker)).Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await Ready(http, noDatabase)).Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await http.GetAsync(new Uri(noDatabase.BaseAddress, "health/live"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await http.GetAsync(new Uri(noBroker.BaseAddress, "health/live"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Ready(http, healthy)).Status.ShouldBe(HttpStatusCode.OK);
    }

    private static ServiceProcess Inventory(string virtualHost, string connectionString, string? rabbitPort = null, bool migrateOnStart = true)
    {
        var environment = new Dictionary<string, string>
        {
            ["RabbitMq__VirtualHost"] = virtualHost,
            // The throwaway virtual host's own login (guest, loopback only), not the service user of appsettings.json.
            ["RabbitMq__Username"] = "guest",
            ["RabbitMq__Password"] = "guest",
            ["Database__Provider"] = "PostgreSql",
            ["Database__ConnectionString"] = connectionString,
            ["Database__MigrateOnStart"] = migrateOnStart ? "true" : "false",
        };
        if (rabbitPort is not null)
        {
            environment["RabbitMq__Port"] = rabbitPort;
        }

        return ServiceProcess.Start("Inventory", FreePorts.Next(), environment);
    }

    private static async Task<(HttpStatusCode Status, string Report)> Ready(HttpClient http, ServiceProcess service)
    {
        using var response = await http.GetAsync(new Uri(service.BaseAddress, "health/ready"));
        return (response.StatusCode, $"{await response.Content.ReadAsStringAsync()}\n{service.Tail(10)}");
    }

    /// <summary>Polls until the path answers <paramref name="expected"/> (or the process dies, or patience ends); answers the last status.</summary>
    private static async Task<HttpStatusCode?> Eventually(HttpClient http, ServiceProcess service, string path, HttpStatusCode expected)
    {
        HttpStatusCode? last = null;
        for (var deadline = DateTime.UtcNow + Patience; DateTime.UtcNow < deadline && !service.HasExited; await Task.Delay(200))
        {
            try
            {
                using var response = await http.GetAsync(new Uri(service.BaseAddress, path));
                last = response.StatusCode;
                if (last == expected)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }

        return last;
    }
}
