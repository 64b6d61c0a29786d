namespace Returns.Demo;

/// <summary>Waits until every service answers its health endpoint, so the demo does not race their start-up.</summary>
public static class HealthWaiter
{
    public static async Task<List<string>> WaitFor(IEnumerable<Uri> endpoints, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var pending = endpoints.ToList();
        var deadline = DateTime.UtcNow + timeout;
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            foreach (var endpoint in pending.ToList())
            {
                try
                {
                    if ((await http.GetAsync(endpoint)).IsSuccessStatusCode)
                    {
                        pending.Remove(endpoint);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Still starting.
                }
            }

            if (pending.Count > 0)
            {
                await Task.Delay(500);
            }
        }

        return pending.Select(p => p.ToString()).ToList();
    }
}
