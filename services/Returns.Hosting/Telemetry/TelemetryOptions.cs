using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Returns.Hosting.Telemetry;

/// <summary>
/// Where traces and metrics go, bound from the "Telemetry" section (use <see cref="From"/>). With no endpoint
/// here and no OTEL_EXPORTER_OTLP_ENDPOINT in the environment nothing is exported.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The collector's base address (like OTEL_EXPORTER_OTLP_ENDPOINT: for http/protobuf /v1/traces and /v1/metrics are appended).</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>"grpc" (OTLP's default, port 4317) or "http/protobuf" (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The resource's service.name; defaults to OTEL_SERVICE_NAME, else the application's name in kebab case ("returns-orchestrator").</summary>
    public string ServiceName { get; set; } = string.Empty;

    /// <summary>How often metrics are pushed to the collector.</summary>
    public int MetricExportIntervalMs { get; set; } = 15_000;

    public bool Exports => OtlpEndpoint is not null;

    /// <summary>
    /// The section, falling back to the standard OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL and
    /// OTEL_SERVICE_NAME (environment variables reach IConfiguration as keys of those names).
    /// </summary>
    public static TelemetryOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(Section).Get<TelemetryOptions>() ?? new();
        if (options.OtlpEndpoint is null && Uri.TryCreate(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"], UriKind.Absolute, out var standard))
        {
            options.OtlpEndpoint = standard;
            options.OtlpProtocol = configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] ?? options.OtlpProtocol;
        }

        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            options.ServiceName = configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : KebabCase(environment.ApplicationName);
        }

        return options;
    }

    // "Returns.Orchestrator" → "returns-orchestrator": the same spelling as the compose services and queues.
    private static string KebabCase(string applicationName) => applicationName.Replace('.', '-').ToLowerInvariant();
}
