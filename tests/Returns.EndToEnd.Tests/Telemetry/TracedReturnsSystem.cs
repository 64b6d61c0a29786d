using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Telemetry;

/// <summary>The quick system with every Returns service exporting its telemetry to <see cref="OtlpTestCollector"/>.</summary>
public sealed class TracedReturnsSystem(OtlpTestCollector collector) : ReturnsSystem(new ReturnsSystemOptions
{
    ServiceSettings = new Dictionary<string, string>
    {
        ["Telemetry__OtlpEndpoint"] = collector.Endpoint.ToString(),
        ["Telemetry__OtlpProtocol"] = "http/protobuf",
        // The SDK's batch span processor waits 5 s between exports by default; the spec should not.
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        ["Telemetry__MetricExportIntervalMs"] = "1000",
    },
});
