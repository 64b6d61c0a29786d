using System.Net.Http.Json;
using System.Text.Json;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Telemetry;

/// <summary>
/// One return through the real processes with telemetry exported over OTLP/HTTP to a collector in the test:
/// one trace across the services, both meters exported, trace ids in their logs, and no customer address in any of those logs.
/// </summary>
public sealed class TelemetrySpecs : IAsyncLifetime
{
    private static readonly string[] StepServices =
        ["returns-validation", "returns-eligibility", "returns-labels", "returns-notifications", "returns-inventory", "returns-refunds"];

    private readonly OtlpTestCollector collector = new();
    private TracedReturnsSystem system = null!;

    public async Task InitializeAsync()
    {
        system = new TracedReturnsSystem(collector);
        await system.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await system.DisposeAsync();
        collector.Dispose();
    }

    [SkippableFact]
    public async Task One_return_is_one_trace_across_the_api_the_orchestrator_and_the_steps_and_its_logs_name_it_without_the_customers_address()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);

        var returnId = await system.Submit("ORD-1001");
        await system.WaitForState(returnId, "Completed");

        // The saga's spans carry the ReturnId; the trace of the one that took ReturnRequested is the return's
        // (the status polls above are traces of their own, which also reach the saga).
        await SpansUntil(spans => spans.Any(s => Names(s, returnId) && s.ServiceName == "returns-refunds"), returnId);
        var traceId = collector.Spans.First(s => s.ServiceName == "returns-orchestrator" && Names(s, returnId)
            && s.Attributes.GetValueOrDefault("messaging.masstransit.message_types", string.Empty).EndsWith(":ReturnRequested")).TraceId;
        var trace = collector.Spans.Where(s => s.TraceId == traceId).ToList();
        var services = trace.Select(s => s.ServiceName).Distinct().Order().ToList();

        services.ShouldContain("returns-api");
        services.ShouldContain("returns-orchestrator");
        services.Intersect(StepServices).Count().ShouldBeGreaterThanOrEqualTo(2, $"services in the trace: {string.Join(", ", services)}\n{Dump(returnId)}");
        // Every step is in it, the refund too, although the saga held it in the durable scheduler (a second here).
        services.ShouldBe(["returns-api", .. StepServices, "returns-orchestrator"], ignoreOrder: true);
        trace.ShouldContain(s => s.ServiceName == "returns-api" && s.Name.StartsWith("POST /returns"), Dump(returnId));

        // Both meters reach the collector: the saga's own and MassTransit's.
        var exported = await MetricsUntil(m => m.Contains(("returns-orchestrator", "returns.ended")));
        exported.ShouldContain(("returns-orchestrator", "returns.started"));
        exported.ShouldContain(("returns-orchestrator", "returns.step.duration"));
        exported.ShouldContain(("returns-validation", "messaging.masstransit.consume.duration"));

        // A step's log line for this return carries the return and the trace.
        var validated = LogLines("Validation").Single(l => l.GetProperty("Message").GetString()!.Contains($"Return {returnId} validated"));
        var scopes = validated.GetProperty("Scopes").EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object).ToList();
        scopes.Any(s => s.TryGetProperty("ReturnId", out var id) && id.GetString() == returnId.ToString()).ShouldBeTrue($"no ReturnId scope: {validated}");
        scopes.Any(s => s.TryGetProperty("TraceId", out var id) && id.GetString() == traceId).ShouldBeTrue($"not in trace {traceId}: {validated}");

        // The customer's email and street went through five services: none of them logged either in clear.
        var order = await system.Sandbox.GetFromJsonAsync<JsonElement>("/orders/ORD-1001");
        var email = order.GetProperty("customer").GetProperty("email").GetString()!;
        var street = order.GetProperty("shippingAddress").GetProperty("line1").GetString()!;
        foreach (var service in new[] { "Api", "Orchestrator", "Validation", "Eligibility", "Labels", "Notifications", "Inventory", "Refunds" })
        {
            var text = string.Join("\n", LogLines(service).SelectMany(Strings));
            text.ShouldNotContain(email, Case.Insensitive, $"{service} logged the customer's email");
            text.ShouldNotContain(street, Case.Insensitive, $"{service} logged the customer's street");
        }
    }

    private string Dump(Guid returnId)
    {
        var traces = collector.Spans.Where(s => Names(s, returnId)).Select(s => s.TraceId).ToHashSet();
        return string.Join("\n", collector.Spans.Where(s => traces.Contains(s.TraceId))
            .Select(s => $"{s.TraceId[..8]} {s.SpanId[..6]} {s.ServiceName}: {s.Name} {(s.Attributes.TryGetValue("messaging.masstransit.message_types", out var t) ? t : string.Empty)}"));
    }

    private static bool Names(CollectedSpan span, Guid returnId) =>
        span.Attributes.TryGetValue("returns.return_id", out var id) && id == returnId.ToString();

    private async Task SpansUntil(Func<IReadOnlyCollection<CollectedSpan>, bool> done, Guid returnId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!done(collector.Spans) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var seen = collector.Spans.Where(s => Names(s, returnId)).Select(s => $"{s.ServiceName}: {s.Name} ({s.TraceId})");
        done(collector.Spans).ShouldBeTrue($"Spans naming return {returnId}:\n{string.Join("\n", seen)}");
    }

    private async Task<HashSet<(string Service, string Metric)>> MetricsUntil(Func<HashSet<(string Service, string Metric)>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!done(collector.Metrics.ToHashSet()) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        return collector.Metrics.ToHashSet();
    }

    private List<JsonElement> LogLines(string service) =>
        system.Service(service).Tail(400).Split('\n')
            .Where(line => line.TrimStart().StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();

    /// <summary>Every string of a JSON log line, decoded: the writer escapes an apostrophe, so the raw line would hide a leak.</summary>
    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
