using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Intake;

/// <summary>
/// What a person does in the RabbitMQ management UI, logged in as <paramref name="login"/> (the operator),
/// through the HTTP API the UI itself calls: publish a message by hand to an exchange, and look at the
/// messages waiting in a queue (left in place, as "Get messages" with "Nack message requeue true" does).
/// </summary>
public sealed class RabbitMqUi(string virtualHost, BrokerUser login) : IDisposable
{
    private readonly HttpClient management = Create(login);

    /// <summary>"Publish message" on an exchange ("amq.default" is the default exchange, routed by queue name).</summary>
    public async Task Publish(string exchange, string payload, IReadOnlyDictionary<string, string>? properties = null, string routingKey = "")
    {
        var response = await management.PostAsJsonAsync($"exchanges/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(exchange)}/publish", new
        {
            properties = properties ?? new Dictionary<string, string>(),
            routing_key = routingKey,
            payload,
            payload_encoding = "string",
        });
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        answer.GetProperty("routed").GetBoolean().ShouldBeTrue($"the broker routed nothing from exchange {exchange}");
    }

    /// <summary>Waits until a message with exactly this payload waits in <paramref name="queue"/>, and answers its headers.</summary>
    public async Task<JsonElement> WaitForMessage(string queue, string payload, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var seen = new List<string>();
        while (DateTime.UtcNow < deadline)
        {
            var response = await management.PostAsJsonAsync($"queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}/get", new
            {
                count = 100,
                ackmode = "ack_requeue_true",
                encoding = "auto",
                truncate = 200_000,
            });
            if (response.IsSuccessStatusCode)
            {
                var messages = (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
                var found = messages.FirstOrDefault(m => m.GetProperty("payload").GetString() == payload);
                if (found.ValueKind == JsonValueKind.Object)
                {
                    return found.GetProperty("properties").GetProperty("headers");
                }

                seen = messages.Select(m => m.GetProperty("payload").GetString() ?? string.Empty).ToList();
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No message {payload} in {queue}; it holds: {string.Join(" | ", seen)}");
    }

    /// <summary>The queues page: the name of every queue of the virtual host, whoever declared it.</summary>
    public async Task<IReadOnlyList<string>> QueueNames()
    {
        var queues = await management.GetFromJsonAsync<List<JsonElement>>($"queues/{Uri.EscapeDataString(virtualHost)}?columns=name");
        return queues!.Select(q => q.GetProperty("name").GetString()!).ToList();
    }

    /// <summary>The connections page: who is connected (the user of each connection), whoever opened it.</summary>
    public async Task<IReadOnlyList<string>> ConnectionUsers()
    {
        var connections = await management.GetFromJsonAsync<List<JsonElement>>("connections?columns=user,vhost");
        return connections!.Where(c => c.GetProperty("vhost").GetString() == virtualHost).Select(c => c.GetProperty("user").GetString()!).ToList();
    }

    /// <summary>
    /// "Move messages" on a queue's page (the shovel plugin): a shovel on this virtual host that moves what
    /// <paramref name="fromQueue"/> holds now into <paramref name="toQueue"/> and then deletes itself; the same
    /// parameter the UI's form puts.
    /// </summary>
    public async Task MoveMessages(string fromQueue, string toQueue)
    {
        var name = $"Move from {fromQueue}";
        var uri = $"amqp:///{Uri.EscapeDataString(virtualHost)}";
        var response = await management.PutAsJsonAsync($"parameters/shovel/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(name)}", new
        {
            component = "shovel",
            vhost = virtualHost,
            name,
            value = new Dictionary<string, object>
            {
                ["src-uri"] = uri,
                ["src-queue"] = fromQueue,
                ["src-protocol"] = "amqp091",
                ["src-prefetch-count"] = 1000,
                ["src-delete-after"] = "queue-length",
                ["dest-protocol"] = "amqp091",
                ["dest-uri"] = uri,
                ["dest-add-forward-headers"] = false,
                ["ack-mode"] = "on-confirm",
                ["dest-queue"] = toQueue,
            },
        });
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => management.Dispose();

    private static HttpClient Create(BrokerUser login)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{InfrastructureGate.ManagementPort}/api/"), Timeout = TimeSpan.FromSeconds(15) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{login.Name}:{login.Password}")));
        return client;
    }
}
