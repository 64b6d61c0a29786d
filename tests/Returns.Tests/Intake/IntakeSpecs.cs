using System.Text.Json;
using MassTransit;
using Returns.Api.Returns;
using Returns.Contracts;
using Returns.Contracts.Model;

namespace Returns.Tests.Intake;

/// <summary>The plain-JSON doors on the bus (queues return-intake and decision-intake) doing their job.</summary>
public sealed class IntakeSpecs(IntakeApiFactory factory) : IClassFixture<IntakeApiFactory>
{
    [Fact]
    public async Task A_plain_json_return_request_is_published_as_ReturnRequested_and_the_return_moves_on()
    {
        var returnId = Guid.NewGuid();

        await factory.PutRaw(ReturnQueues.ReturnIntake, $$"""
            { "returnId": "{{returnId}}", "orderNumber": " ORD-1001 ", "reason": "Wrong size", "lines": [ { "sku": "SKU-MUG", "quantity": 1 } ] }
            """);

        var published = (await factory.Seen.Published<ReturnRequested>(m => m.ReturnId == returnId)).ShouldHaveSingleItem();
        published.OrderNumber.ShouldBe("ORD-1001");
        published.Reason.ShouldBe("Wrong size");
        published.Lines.ShouldHaveSingleItem().ShouldBe(new ReturnLine("SKU-MUG", 1));
        await factory.WaitForState(returnId, "CreatingLabel");
    }

    [Fact]
    public async Task Without_a_returnId_the_id_comes_from_the_body_so_the_same_body_twice_is_one_return()
    {
        var reason = $"Pasted twice {Guid.NewGuid():N}";
        var body = $$"""{ "orderNumber": "ORD-1001", "reason": "{{reason}}" }""";

        await factory.PutRaw(ReturnQueues.ReturnIntake, body);
        var returnId = (await factory.Seen.Published<ReturnRequested>(m => m.Reason == reason)).ShouldHaveSingleItem().ReturnId;
        await factory.WaitForState(returnId, "CreatingLabel");

        await factory.PutRaw(ReturnQueues.ReturnIntake, body);

        (await factory.Seen.Consumed<SubmitReturnRequest>(m => m.Reason == reason, count: 2)).Count.ShouldBe(2);
        await Task.Delay(300); // a publish by the second consume would leave the outbox about now
        factory.Seen.Faulted(body).ShouldBeFalse();
        (await factory.Seen.Published<ReturnRequested>(m => m.Reason == reason)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_MassTransit_envelope_sent_to_the_intake_queue_is_read_as_well()
    {
        var returnId = Guid.NewGuid();
        var intake = await factory.Harness.Bus.GetSendEndpoint(ReturnQueues.Address(ReturnQueues.ReturnIntake));

        await intake.Send(new SubmitReturnRequest("ORD-1001", "Sent by a program", null, returnId));

        await factory.WaitForState(returnId, "CreatingLabel");
    }

    [Theory]
    [InlineData("approve", "CreatingLabel", "ApproveReturn")]
    [InlineData("DENY", "Rejected", "DenyReturn")]
    [InlineData(" cancel ", "Cancelled", "CancelReturn")]
    public async Task A_plain_json_decision_is_applied_with_its_actor_on_the_timeline(string decision, string state, string @event)
    {
        var returnId = await factory.Submit(new { orderNumber = "ORD-2001", reason = "Stopped working" });
        await factory.WaitForState(returnId, "AwaitingApproval");

        await factory.PutRaw(ReturnQueues.DecisionIntake, $$"""
            { "returnId": "{{returnId}}", "decision": "{{decision}}", "actor": "maria.manager", "reason": "Loyal customer" }
            """);

        var status = await factory.WaitForState(returnId, state);
        status.GetProperty("timeline").EnumerateArray().ShouldContain(e =>
            e.GetProperty("event").GetString() == @event && e.GetProperty("actor").GetString() == "maria.manager");
    }

    [Fact]
    public async Task A_plain_json_decision_in_the_wrong_state_is_refused_on_the_timeline_and_changes_nothing()
    {
        var returnId = await factory.Submit(new { orderNumber = "ORD-2001", reason = "Stopped working" });
        await factory.WaitForState(returnId, "AwaitingApproval");
        var body = $$"""{ "returnId": "{{returnId}}", "decision": "retry", "actor": "oscar.operator", "reason": "Try again" }""";

        await factory.PutRaw(ReturnQueues.DecisionIntake, body);

        var fault = await factory.Seen.FaultOf(ReturnQueues.DecisionIntake, body);
        fault.Reason.ShouldContain("RetryReturnStep refused");
        fault.Reason.ShouldContain("only in NeedsAttention");
        var status = (await factory.Status(returnId))!.Value;
        status.GetProperty("state").GetString().ShouldBe("AwaitingApproval");
        status.GetProperty("timeline").EnumerateArray().ShouldContain(e =>
            e.GetProperty("event").GetString() == "RetryReturnStep refused" && e.GetProperty("actor").GetString() == "oscar.operator");
    }

    [Fact]
    public async Task After_garbage_the_intake_still_takes_the_next_request()
    {
        var returnId = Guid.NewGuid();

        await factory.PutRaw(ReturnQueues.ReturnIntake, "}{ garbage");
        await factory.Seen.FaultOf(ReturnQueues.ReturnIntake, "}{ garbage");
        await factory.PutRaw(ReturnQueues.ReturnIntake, JsonSerializer.Serialize(new { returnId, orderNumber = "ORD-1001", reason = "After garbage" }));

        await factory.WaitForState(returnId, "CreatingLabel");
    }
}
