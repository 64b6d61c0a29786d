using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A throwaway virtual host on the local broker, made and removed through the management HTTP API,
/// so a test run never shares queues with a system started by infra/run.sh.
/// </summary>
public sealed class RabbitMqVirtualHost : IAsyncDisposable
{
    private readonly HttpClient management;

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
        }
        finally
        {
            management.Dispose();
        }
    }

    // The management API leaves a count out until its first statistics sample.
    private static int Count(JsonElement queue, string property) =>
        queue.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
}
