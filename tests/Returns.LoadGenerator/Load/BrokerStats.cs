using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Returns.LoadGenerator.Load;

/// <summary>
/// Messages published into the virtual host, from the management API. The broker samples its statistics
/// every 5 s, so a count is taken once it has stopped moving for longer than that.
/// </summary>
public sealed class BrokerStats : IDisposable
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HttpClient management;
    private readonly string virtualHost;

    public BrokerStats(BrokerTarget target)
    {
        virtualHost = target.VirtualHost;
        management = new HttpClient { BaseAddress = new Uri($"http://{target.Host}:{target.ManagementPort}/api/"), Timeout = TimeSpan.FromSeconds(10) };
        management.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{target.Username}:{target.Password}")));
    }

    /// <summary>The virtual host's published-message count once two samples agree, or null if the management API does not answer.</summary>
    public async Task<long?> PublishedOnceSettled(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        var last = await Published(cancellationToken);
        while (last is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(SampleInterval, cancellationToken);
            var now = await Published(cancellationToken);
            if (now == last)
            {
                return now;
            }

            last = now;
        }

        return last;
    }

    public void Dispose() => management.Dispose();

    private async Task<long?> Published(CancellationToken cancellationToken)
    {
        try
        {
            var vhost = await management.GetFromJsonAsync<JsonElement>($"vhosts/{Uri.EscapeDataString(virtualHost)}", cancellationToken);
            // No statistics yet means nothing was published.
            return vhost.TryGetProperty("message_stats", out var stats) && stats.TryGetProperty("publish", out var publish) ? publish.GetInt64() : 0;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
