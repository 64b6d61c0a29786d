namespace Returns.Sandbox;

/// <summary>
/// <c>dotnet Returns.Sandbox.dll probe</c>: exits 0 when the running sandbox answers /health/live, 1 otherwise; the
/// container health check uses it (no curl in the runtime image). The services have their own in Returns.Hosting,
/// which the sandbox, standing for somebody else's system, does not reference.
/// </summary>
public static class SandboxProbe
{
    public const string Name = "probe";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>GETs /health/live on the address this configuration makes the sandbox listen on.</summary>
    public static async Task<int> ProbeAsync(IConfiguration configuration)
    {
        var address = new Uri(ListenAddress(configuration), "/health/live");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(address);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await Console.Error.WriteLineAsync($"{Name}: {address} answered {(int)response.StatusCode}.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{Name}: {address} did not answer: {e.Message}");
        }

        return 1;
    }

    /// <summary>The first http entry of "urls" (a wildcard host becomes loopback), else "http_ports", else 5000.</summary>
    public static Uri ListenAddress(IConfiguration configuration)
    {
        var http = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(BindingAddress.Parse)
            .FirstOrDefault(binding => binding.Scheme == Uri.UriSchemeHttp && !binding.IsUnixPipe);
        if (http is not null)
        {
            var host = http.Host is "+" or "*" or "0.0.0.0" or "[::]" or "localhost" ? "127.0.0.1" : http.Host;
            return new Uri($"http://{host}:{http.Port}/");
        }

        var port = (configuration["http_ports"] ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return new Uri($"http://127.0.0.1:{port ?? "5000"}/");
    }
}
