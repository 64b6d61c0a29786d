using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Returns.Hosting.Defaults;

/// <summary>
/// <c>dotnet Returns.&lt;Service&gt;.dll probe</c>: asks the running service's /health/ready and exits 0 when it
/// answers 200, 1 otherwise. Container health checks use it because the runtime image has no curl or wget.
/// </summary>
public static class ProbeCommand
{
    public const string Name = "probe";
    public const string ReadyPath = "/health/ready";

    // Below the compose health check's own timeout, so a hung service is reported by us, with a reason.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    /// <summary>Whether the process was started as <c>probe</c>: Program.cs asks right after creating the builder, so a probe loads no more than configuration.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Probes the instance already running with this configuration; the reason for a failure goes to stderr.</summary>
    public static Task<int> ProbeAsync(IConfiguration configuration) => ProbeAsync(configuration, Console.Error, CancellationToken.None);

    /// <summary>GETs the ready endpoint on the address the configuration makes the service listen on.</summary>
    public static async Task<int> ProbeAsync(IConfiguration configuration, TextWriter error, CancellationToken cancellationToken)
    {
        var address = new Uri(ListenAddress(configuration), ReadyPath);
        using var client = new HttpClient { Timeout = Patience };
        try
        {
            using var response = await client.GetAsync(address, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await error.WriteLineAsync($"{Name}: {address} answered {(int)response.StatusCode}.");
            return 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"{Name}: {address} did not answer: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// Where to reach this service from inside its own container or machine: the first http entry of "urls"
    /// (appsettings "Urls", ASPNETCORE_URLS), else the first of "http_ports", else Kestrel's default port 5000;
    /// a wildcard host (+, *, 0.0.0.0, [::]) becomes loopback.
    /// </summary>
    public static Uri ListenAddress(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var http = urls.Select(BindingAddress.Parse).FirstOrDefault(binding => binding.Scheme == Uri.UriSchemeHttp && !binding.IsUnixPipe);
        if (http is not null)
        {
            var host = http.Host is "+" or "*" or "0.0.0.0" or "[::]" or "localhost" ? "127.0.0.1" : http.Host;
            return new Uri($"http://{host}:{http.Port}/");
        }

        var port = (configuration["http_ports"] ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return new Uri($"http://127.0.0.1:{port ?? "5000"}/");
    }
}
