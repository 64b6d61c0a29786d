using System.Net.Http.Json;
using System.Text.Json;
using Returns.Contracts;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Intake;

/// <summary>
/// Plain JSON published by hand, the way the README tells a person to do it in the RabbitMQ UI (here
/// through the management HTTP API the UI calls), against the real processes and broker.
/// </summary>
[Collection(ReturnsSystemCollection.Name)]
public sealed class RawJsonFromTheUiSpecs(ReturnsSystem system) : IDisposable
{
    private static readonly Dictionary<string, string> AsJson = new() { ["content_type"] = "application/json" };

    private RabbitMqUi? ui;

    private RabbitMqUi Ui => ui ??= new RabbitMqUi(system.VirtualHost, system.Operator);

    [SkippableFact]
    public async Task A_return_request_published_on_the_return_intake_exchange_creates_the_return_and_it_completes()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        var returnId = Guid.NewGuid();

        await Ui.Publish(ReturnQueues.ReturnIntake, $$"""
            { "returnId": "{{returnId}}", "orderNumber": "ORD-1001", "reason": "Wrong size", "lines": [ { "sku": "SKU-MUG", "quantity": 1 } ] }
            """, AsJson);

        var status = await system.WaitForState(returnId, "Completed");
        status.GetProperty("orderNumber").GetString().ShouldBe("ORD-1001");
        status.GetProperty("refundAmount").GetDecimal().ShouldBe(12.50m);
    }

    [SkippableFact]
    public async Task Without_any_properties_on_the_default_exchange_it_works_too()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        var returnId = Guid.NewGuid();

        await Ui.Publish("amq.default", $$"""{ "returnId": "{{returnId}}", "orderNumber": "ORD-3001", "reason": "Changed my mind" }""",
            routingKey: ReturnQueues.ReturnIntake);

        var status = await system.WaitForState(returnId, "Rejected");
        status.GetProperty("statusReason").GetString()!.ShouldContain("final-sale");
    }

    [SkippableFact]
    public async Task A_plain_json_approve_moves_a_return_waiting_for_approval_on_to_completed()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        var returnId = await system.Submit("ORD-2001", "Stopped working");
        await system.WaitForState(returnId, "AwaitingApproval");

        await Ui.Publish(ReturnQueues.DecisionIntake, $$"""
            { "returnId": "{{returnId}}", "decision": "approve", "actor": "maria.manager", "reason": "Loyal customer" }
            """, AsJson);

        var status = await system.WaitForState(returnId, "Completed");
        status.GetProperty("timeline").EnumerateArray().ShouldContain(e =>
            e.GetProperty("event").GetString() == "ApproveReturn" && e.GetProperty("actor").GetString() == "maria.manager");
    }

    [SkippableFact]
    public async Task A_plain_json_decision_in_the_wrong_state_is_refused_on_the_timeline_and_kept_in_decision_intake_error()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        var returnId = await system.Submit("ORD-3001", "Changed my mind");
        await system.WaitForState(returnId, "Rejected");
        var body = $$"""{ "returnId": "{{returnId}}", "decision": "approve", "actor": "maria.manager", "reason": "Please" }""";

        await Ui.Publish(ReturnQueues.DecisionIntake, body, AsJson);

        var headers = await Ui.WaitForMessage($"{ReturnQueues.DecisionIntake}_error", body);
        headers.GetProperty("MT-Fault-Message").GetString()!.ShouldContain("ApproveReturn refused");
        var status = await system.Api.GetFromJsonAsync<JsonElement>($"/returns/{returnId}");
        status.GetProperty("state").GetString().ShouldBe("Rejected");
        status.GetProperty("timeline").EnumerateArray().ShouldContain(e =>
            e.GetProperty("event").GetString() == "ApproveReturn refused" && e.GetProperty("actor").GetString() == "maria.manager");
    }

    [SkippableFact]
    public async Task Garbage_and_broken_requests_wait_in_return_intake_error_with_the_reason_and_the_door_stays_open()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        var garbage = $"this is not JSON {Guid.NewGuid():N}";
        var broken = $$"""{ "reason": "No order number {{Guid.NewGuid():N}}" }""";

        await Ui.Publish(ReturnQueues.ReturnIntake, garbage, AsJson);
        await Ui.Publish(ReturnQueues.ReturnIntake, broken, AsJson);

        (await Ui.WaitForMessage($"{ReturnQueues.ReturnIntake}_error", garbage)).GetProperty("MT-Fault-Message").GetString()!
            .ShouldContain("is an invalid JSON literal");
        (await Ui.WaitForMessage($"{ReturnQueues.ReturnIntake}_error", broken)).GetProperty("MT-Fault-Message").GetString()!
            .ShouldContain("orderNumber: is required");
        var afterwards = Guid.NewGuid();
        await Ui.Publish(ReturnQueues.ReturnIntake, $$"""{ "returnId": "{{afterwards}}", "orderNumber": "ORD-3001", "reason": "After the garbage" }""", AsJson);
        await system.WaitForState(afterwards, "Rejected");
    }

    [SkippableFact]
    public async Task A_ReturnRequested_envelope_pasted_on_its_exchange_that_breaks_the_rules_is_rejected_with_the_reason()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        var returnId = Guid.NewGuid();

        await Ui.Publish("Returns.Contracts:ReturnRequested", $$"""
            {
              "messageId": "{{Guid.NewGuid()}}",
              "messageType": [ "urn:message:Returns.Contracts:ReturnRequested" ],
              "message": { "returnId": "{{returnId}}", "orderNumber": "ORD-1001", "reason": "Wrong size",
                           "lines": [ { "sku": "SKU-MUG", "quantity": 0 } ], "requestedAt": "2026-11-22T10:00:00Z" }
            }
            """, new Dictionary<string, string> { ["content_type"] = "application/vnd.masstransit+json" });

        var status = await system.WaitForState(returnId, "Rejected");
        status.GetProperty("statusReason").GetString()!.ShouldContain("lines[0].quantity: must be between 1 and 1000");
        status.GetProperty("timeline").EnumerateArray().Last().GetProperty("details").GetString()!.ShouldContain("Invalid request");
    }

    public void Dispose() => ui?.Dispose();
}
