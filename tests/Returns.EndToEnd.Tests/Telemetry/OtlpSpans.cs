using static Returns.EndToEnd.Tests.Telemetry.ProtobufReader;

namespace Returns.EndToEnd.Tests.Telemetry;

/// <summary>
/// Reads an OTLP ExportTraceServiceRequest (opentelemetry/proto/collector/trace/v1): resource_spans(1) →
/// resource(1).attributes(1) for service.name, scope_spans(2) → spans(2) → trace_id(1), span_id(2), name(5),
/// attributes(9, string values only).
/// </summary>
public static class OtlpSpans
{
    public static IEnumerable<CollectedSpan> Read(ReadOnlyMemory<byte> request)
    {
        foreach (var resourceSpans in Messages(request, 1))
        {
            var resource = Messages(resourceSpans, 1).FirstOrDefault();
            var service = Attributes(resource, 1).GetValueOrDefault("service.name") ?? "(none)";
            foreach (var scopeSpans in Messages(resourceSpans, 2))
            {
                foreach (var span in Messages(scopeSpans, 2))
                {
                    yield return new CollectedSpan(service, Hex(span, 1) ?? string.Empty, Hex(span, 2) ?? string.Empty, String(span, 5) ?? string.Empty, Attributes(span, 9));
                }
            }
        }
    }

    /// <summary>
    /// Reads an OTLP ExportMetricsServiceRequest (opentelemetry/proto/collector/metrics/v1): resource_metrics(1) →
    /// resource(1) for service.name, scope_metrics(2) → metrics(2) → name(1). Answers (service, metric) pairs.
    /// </summary>
    public static IEnumerable<(string Service, string Metric)> MetricNames(ReadOnlyMemory<byte> request)
    {
        foreach (var resourceMetrics in Messages(request, 1))
        {
            var service = Attributes(Messages(resourceMetrics, 1).FirstOrDefault(), 1).GetValueOrDefault("service.name") ?? "(none)";
            foreach (var scopeMetrics in Messages(resourceMetrics, 2))
            {
                foreach (var metric in Messages(scopeMetrics, 2))
                {
                    yield return (service, String(metric, 1) ?? string.Empty);
                }
            }
        }
    }

    // KeyValue: key(1), value(2) = AnyValue whose string_value is field 1.
    private static Dictionary<string, string> Attributes(ReadOnlyMemory<byte> owner, int number)
    {
        var attributes = new Dictionary<string, string>();
        foreach (var pair in Messages(owner, number))
        {
            if (String(pair, 1) is { } key && Messages(pair, 2).FirstOrDefault() is { Length: > 0 } value && String(value, 1) is { } text)
            {
                attributes[key] = text;
            }
        }

        return attributes;
    }
}
