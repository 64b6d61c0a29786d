using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A throwaway virtual host on the local broker, made and removed through the management HTTP API,
/// so a test run never shares queues with a system started by infra/run.sh. With
/// <see cref="ApplyDefinitions"/> it gets the checked-in definitions (users, permissions, policies) too,
/// the users renamed after it and given passwords of their own; they go with it.
/// </summary>
public sealed class RabbitMqVirtualHost : IAsyncDisposable
{
    private readonly HttpClient management;
    private readonly Dictionary<string, BrokerUser> users = [];

    private RabbitMqVirtualHost(HttpClient management, string name)
    {
        this.management = management;
        Name = name;
    }

    public string Name { get; }

    public static async Task<RabbitMqVirtualHost> Create(string prefix)
    {
        var management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{InfrastructureGate.ManagementPort}/api/"), Timeout = TimeSpan.FromSeconds(15) };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        var name = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

        (await management.PutAsync($"vhosts/{name}", null)).EnsureSuccessStatusCode();
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await management.PutAsync($"permissions/{name}/guest", permissions)).EnsureSuccessStatusCode();
        return new RabbitMqVirtualHost(management, name);
    }

    /// <summary>
    /// Loads infra/rabbitmq/definitions.json into this virtual host as the file stands (its users still without
    /// passwords), then gives each user a random password, as infra/rabbitmq/apply-definitions.py does with
    /// the ones from the environment. Answers the users by their checked-in suffix ("api", ..., "operator").
    /// </summary>
    public async Task<IReadOnlyDictionary<string, BrokerUser>> ApplyDefinitions()
    {
        var definitions = BrokerDefinitions.For(Name);
        var created = BrokerDefinitions.Array(definitions, "users").Select(user => (string)user["name"]!).ToList();
        foreach (var name in created)
        {
            // Recorded before the import, so a failure half-way still removes whatever was made.
            users[name] = new BrokerUser(name, string.Empty);
        }

        (await management.PostAsync("definitions", Json(definitions))).EnsureSuccessStatusCode();
        foreach (var user in BrokerDefinitions.Array(definitions, "users"))
        {
            var name = (string)user["name"]!;
            var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            var tags = string.Join(",", user["tags"]!.AsArray().Select(tag => (string)tag!));
            (await management.PutAsync($"users/{Uri.EscapeDataString(name)}", Json(new JsonObject { ["password"] = password, ["tags"] = tags })))
                .EnsureSuccessStatusCode();
            users[name] = new BrokerUser(name, password);
        }

        return users.Values.ToDictionary(user => user.Name[(Name.Length + 1)..]);
    }

    /// <summary>The queues of this virtual host with their message and consumer counts, as the management UI shows them.</summary>
    public async Task<IReadOnlyList<QueueInfo>> Queues()
    {
        var queues = await management.GetFromJsonAsync<List<JsonElement>>($"queues/{Name}?columns=name,messages,consumers");
        return queues!.Select(q => new QueueInfo(q.GetProperty("name").GetString()!, Count(q, "messages"), Count(q, "consumers"))).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await management.DeleteAsync($"vhosts/{Name}");
            foreach (var user in users.Keys)
            {
                await management.DeleteAsync($"users/{Uri.EscapeDataString(user)}");
            }
        }
        finally
        {
            management.Dispose();
        }
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    // The management API leaves a count out until its first statistics sample.
    private static int Count(JsonElement queue, string property) =>
        queue.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
}
