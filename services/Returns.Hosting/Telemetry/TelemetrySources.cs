namespace Returns.Hosting.Telemetry;

/// <summary>
/// The ActivitySources and Meters the frameworks already emit, which the providers listen to in place of the
/// instrumentation packages (not served here, PLATFORM.md).
/// </summary>
public static class TelemetrySources
{
    /// <summary>MassTransit 8's ActivitySource (DiagnosticHeaders.DefaultListenerName): send, receive, process, outbox spans.</summary>
    public const string MassTransit = "MassTransit";

    /// <summary>ASP.NET Core's server spans (HostingApplicationDiagnostics): one per incoming request.</summary>
    public const string AspNetCore = "Microsoft.AspNetCore";

    /// <summary>HttpClient's own client spans since .NET 9 (calls to the Orders, carrier and payments APIs).</summary>
    public const string HttpClient = "System.Net.Http";

    /// <summary>Our meter: the saga's counters and histograms (Returns.Orchestrator's ReturnMetrics).</summary>
    public const string ReturnsMeter = "Returns";

    /// <summary>MassTransit's meter (InstrumentationOptions.MeterName): consume/receive counts, durations, retries.</summary>
    public const string MassTransitMeter = "MassTransit";

    public static readonly string[] ActivitySources = [MassTransit, AspNetCore, HttpClient];
    public static readonly string[] Meters = [ReturnsMeter, MassTransitMeter];
}
