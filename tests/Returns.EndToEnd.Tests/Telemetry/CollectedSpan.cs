namespace Returns.EndToEnd.Tests.Telemetry;

/// <summary>One span as the test collector received it: only what the specs look at.</summary>
public sealed record CollectedSpan(string ServiceName, string TraceId, string SpanId, string Name, IReadOnlyDictionary<string, string> Attributes);
