using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Returns.Contracts;
using Returns.Contracts.Labels;
using Returns.Contracts.Model;
using Returns.Hosting.Telemetry;
using Returns.Labels;
using Returns.Labels.Carrier;
using Returns.Tests.Labels;
using Returns.Tests.Support;

namespace Returns.Tests.Telemetry;

/// <summary>With no collector configured nothing is exported, but the trace context still flows and reaches the logs.</summary>
public sealed class PropagationWithoutCollectorSpecs
{
    [Fact]
    public async Task A_consumers_log_lines_carry_the_trace_of_the_message_it_handles()
    {
        var telemetry = new TelemetryProviders(new TelemetryOptions { ServiceName = "returns-labels" });
        await telemetry.StartingAsync(CancellationToken.None);
        var logs = new FormattedLogs();
        var carrier = new StubHttpHandler().IssuingLabels();
        var returnId = Guid.NewGuid();
        try
        {
            await using var bus = await ConsumerHarness.StartAsync(
                b => b.AddLabelsConsumers(),
                services => services
                    // What the host's defaults set up for every service (HostApplicationBuilder's logging defaults).
                    .Configure<LoggerFactoryOptions>(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId)
                    .AddLogging(logging => logging.AddProvider(logs))
                    .AddSingleton<ICarrierApi>(new CarrierApiClient(carrier.CreateClient())));

            await bus.SendAsync(ReturnQueues.CreateReturnLabel, new CreateReturnLabel(returnId, "ORD-1001",
                new Customer("Ada Lovelace", "ada@example.test"), new Address("12 St James's Square", null, "London", "SW1Y 4JH", "GB"), 3));
            await bus.PublishedAsync<ReturnLabelCreated>(m => m.ReturnId == returnId);
        }
        finally
        {
            await telemetry.StoppedAsync(CancellationToken.None);
        }

        var line = logs.Entries.Single(e => e.GetProperty("Message").GetString()!.Contains($"Return {returnId} has label"));
        var traceIds = line.GetProperty("Scopes").EnumerateArray()
            .Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("TraceId", out _))
            .Select(s => s.GetProperty("TraceId").GetString())
            .ToList();
        traceIds.ShouldHaveSingleItem().ShouldNotBeNullOrEmpty();
        traceIds[0].ShouldNotBe("00000000000000000000000000000000");
    }
}
