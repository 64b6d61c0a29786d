using Returns.Contracts.Eligibility;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Contracts.Refunds;
using Returns.Contracts.Validation;

namespace Returns.Tests.Orchestrator;

public sealed class When_messages_arrive_twice_or_out_of_order
{
    [Fact]
    public async Task Should_start_one_return_for_a_repeated_request_and_record_the_repeat()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToValidating();

        await spec.Publish(scenario.Requested);
        await spec.Settled();

        (await spec.SentFor<ValidateOrder>(scenario.ReturnId)).Count.ShouldBe(1);
        spec.Instance(scenario.ReturnId).Timeline.ShouldContain(e => e.Event == "ReturnRequested" && e.Details == "Duplicate request ignored (same content)");
    }

    [Fact]
    public async Task Should_ignore_a_ReturnId_reused_for_another_request_and_say_what_differs()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToValidating();

        await spec.Publish(scenario.Requested with { OrderNumber = "ORD-2001", Lines = [new Returns.Contracts.Model.ReturnLine("SKU-LAMP", 1)] });

        var saga = await spec.InstanceWhen(scenario.ReturnId, s => s.Timeline.Count(e => e.Event == "ReturnRequested") == 2);
        saga.Timeline[^1].Details.ShouldBe("Ignored: ReturnId reused with different content (order ORD-2001 instead of ORD-1001, other lines)");
        saga.OrderNumber.ShouldBe("ORD-1001");
        (await spec.SentFor<ValidateOrder>(scenario.ReturnId)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_not_send_a_step_twice_when_its_reply_is_redelivered()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToCheckingEligibility();

        await spec.Publish(new OrderValidated(scenario.ReturnId, scenario.Order));
        await spec.Settled();

        (await spec.SentFor<CheckEligibility>(scenario.ReturnId)).Count.ShouldBe(1);
        (await spec.IsIn(scenario.ReturnId, m => m.CheckingEligibility)).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_not_schedule_two_refunds_when_inventory_confirms_twice()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToSchedulingRefund();

        await spec.Publish(new ItemsMarkedReturning(scenario.ReturnId, 3));
        await spec.Publish(new ReturnEmailSent(scenario.ReturnId, ReturnEmailKind.Confirmation, "ada@example.test"));
        await spec.Settled();

        (await spec.SentFor<ScheduleRefund>(scenario.ReturnId)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_record_and_ignore_a_reply_that_arrives_before_its_step()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToValidating();

        await spec.Publish(new ReturnLabelCreated(scenario.ReturnId, "LBL-X", "1Z", "http://x", DateTimeOffset.UtcNow));
        await spec.Settled();

        (await spec.IsIn(scenario.ReturnId, m => m.Validating)).ShouldBeTrue();
        var saga = spec.Instance(scenario.ReturnId);
        saga.LabelId.ShouldBeNull();
        saga.Timeline.ShouldContain(e => e.Event == "ReturnLabelCreated" && e.Details == "Ignored: not expected in Validating");
        (await spec.SentSoFar<SendReturnConfirmation>(scenario.ReturnId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_ignore_a_compensation_reply_that_is_not_the_one_in_progress()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToSchedulingRefund();
        await spec.Publish(new RefundSchedulingFailed(scenario.ReturnId, "refused"));
        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();

        await spec.Publish(new ReturnLabelVoided(scenario.ReturnId, "LBL-1"));
        await spec.Settled();

        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).CompletedSteps.ShouldBe(["create-return-label", "mark-items-returning"]);
    }

    [Fact]
    public async Task Should_record_an_eligibility_answer_for_a_rejected_return_without_acting_on_it()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToValidating();
        await spec.Publish(new OrderValidationFailed(scenario.ReturnId, "not found"));
        (await spec.IsIn(scenario.ReturnId, m => m.Rejected)).ShouldBeTrue();

        await spec.Publish(new ReturnEligible(scenario.ReturnId, "return-window", "late answer"));
        await spec.Settled();

        (await spec.IsIn(scenario.ReturnId, m => m.Rejected)).ShouldBeTrue();
        (await spec.SentSoFar<CreateReturnLabel>(scenario.ReturnId)).ShouldBeEmpty();
    }
}
