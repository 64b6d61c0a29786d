using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Intake;

/// <summary>
/// What a person does in the RabbitMQ management UI, through the HTTP API the UI itself calls: publish a
/// message by hand to an exchange, and look at the messages waiting in a queue (left in place, as "Get
/// messages" with "Nack message requeue true" does).
/// </summary>
public sealed class RabbitMqUi(string virtualHost) : IDisposable
{
    private readonly HttpClient management = Create();

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

    public void Dispose() => management.Dispose();

    private static HttpClient Create()
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{InfrastructureGate.ManagementPort}/api/"), Timeout = TimeSpan.FromSeconds(15) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        return client;
    }
}
