using System.Collections.Concurrent;
using System.Diagnostics;
using Returns.Hosting.Telemetry;
using Returns.Tests.Api;

namespace Returns.Tests.Telemetry;

/// <summary>ASP.NET Core's request spans as the services export them: named by route, health probes left out.</summary>
public sealed class ServerSpanNamingSpecs(ApiWithoutOrchestratorFactory factory) : IClassFixture<ApiWithoutOrchestratorFactory>, IDisposable
{
    private readonly ConcurrentQueue<Activity> stopped = new();
    private readonly ActivityListener listener = Listen();

    [Fact]
    public async Task A_request_span_is_named_by_method_and_route_with_the_http_attributes()
    {
        ActivitySource.AddActivityListener(listener);
        listener.ActivityStopped = stopped.Enqueue;
        var path = $"/returns/not-a-return-{Guid.NewGuid():N}";

        await factory.CreateClient().GetAsync(path);

        var span = stopped.Single(a => (a.GetTagItem("url.path") as string) == path);
        span.DisplayName.ShouldBe("GET /returns/{id}");
        span.GetTagItem("http.route").ShouldBe("/returns/{id}");
        span.GetTagItem("http.request.method").ShouldBe("GET");
        span.GetTagItem("http.response.status_code").ShouldBe(400);
        span.Recorded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_health_probe_is_not_recorded()
    {
        ActivitySource.AddActivityListener(listener);
        listener.ActivityStopped = stopped.Enqueue;
        // The probe's span is found by the trace it continues (a sampled parent, so only the service can drop it).
        var traceId = ActivityTraceId.CreateRandom();
        using var probe = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        probe.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        (await factory.CreateClient().SendAsync(probe)).IsSuccessStatusCode.ShouldBeTrue();

        var span = stopped.Single(a => a.TraceId == traceId);
        span.Recorded.ShouldBeFalse();
    }

    public void Dispose() => listener.Dispose();

    private static ActivityListener Listen() => new()
    {
        ShouldListenTo = source => source.Name == TelemetrySources.AspNetCore,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };
}
