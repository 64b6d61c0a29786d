namespace Returns.Sandbox;

/// <summary>
/// <c>dotnet Returns.Sandbox.dll probe</c>: exits 0 when the running sandbox answers /health/live, 1 otherwise; the
/// container health check uses it (no curl in the runtime image). The services have their own in Returns.Hosting,
/// which the sandbox, standing for somebody else's system, does not reference.
/// </summary>
public static class SandboxProbe
{
    public const string Name = "probe";

    /// <summary>Runs the sandbox; with "probe" as the first argument, probes the instance already running instead.</summary>
    public static async Task<int> RunOrProbeAsync(this WebApplication app, string[] args)
    {
        if (args is not [Name, ..])
        {
            await app.RunAsync();
            return 0;
        }

        await using (app)
        {
            var address = new Uri(ListenAddress(app.Configuration), "/health/live");
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
