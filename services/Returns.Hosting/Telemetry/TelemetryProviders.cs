using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Returns.Hosting.Telemetry;

/// <summary>
/// Stands in for OpenTelemetry.Extensions.Hosting (not served here, PLATFORM.md): builds the tracer and meter
/// providers before anything else starts and disposes them, flushing what is buffered, after everything stopped.
/// With no OTLP endpoint it builds no providers and only lets trace context flow (see <see cref="PropagateOnly"/>).
/// </summary>
public sealed class TelemetryProviders(TelemetryOptions options) : IHostedLifecycleService
{
    private readonly List<IDisposable> running = [];

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.Exports)
        {
            running.Add(PropagateOnly());
            return Task.CompletedTask;
        }

        // service.instance.id is generated per process, so two replicas of one service stay apart.
        var resource = ResourceBuilder.CreateDefault().AddService(options.ServiceName);
        running.Add(Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(TelemetrySources.ActivitySources)
            .AddOtlpExporter(otlp => Target(otlp, "v1/traces"))
            .Build());
        running.Add(Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(TelemetrySources.Meters)
            .AddOtlpExporter((otlp, reader) =>
            {
                Target(otlp, "v1/metrics");
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.MetricExportIntervalMs;
            })
            .Build());
        return Task.CompletedTask;
    }

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        foreach (var provider in running)
        {
            provider.Dispose();
        }

        running.Clear();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Without a collector the frameworks' activities are still created, unrecorded (no tags, no export), so the
    /// trace context travels with every message and each log line carries the trace id of the return it belongs to.
    /// The cost is one small object per message or request; nothing is buffered or sent.
    /// </summary>
    private static ActivityListener PropagateOnly()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => TelemetrySources.ActivitySources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    // An endpoint set in code is used as given, so the signal's path is added here as the OTLP spec asks for http/protobuf.
    private void Target(OtlpExporterOptions otlp, string signalPath)
    {
        var http = options.OtlpProtocol.Equals("http/protobuf", StringComparison.OrdinalIgnoreCase);
        otlp.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        otlp.Endpoint = http ? new Uri(options.OtlpEndpoint!.ToString().TrimEnd('/') + "/" + signalPath) : options.OtlpEndpoint!;
    }
}
