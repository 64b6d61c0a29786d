using Returns.Contracts.Decisions;
using Returns.Contracts.Eligibility;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Notifications;
using Returns.Contracts.Refunds;
using Returns.Contracts.Validation;

namespace Returns.Tests.Orchestrator;

public sealed class When_a_step_or_compensation_needs_a_person
{
    [Fact]
    public async Task Should_need_attention_when_a_compensation_fails_and_resume_on_retry()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToSchedulingRefund();
        await spec.Publish(new RefundSchedulingFailed(scenario.ReturnId, "Card account closed"));
        (await spec.SentFor<RevertReturningItems>(scenario.ReturnId)).ShouldHaveSingleItem();

        await spec.Publish(new ReturningItemsRevertFailed(scenario.ReturnId, "inventory database read-only"));

        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();
        var saga = spec.Instance(scenario.ReturnId);
        saga.FailedStep.ShouldBe("revert-returning-items");
        saga.StatusReason!.ShouldContain("inventory database read-only");

        await spec.Publish(new RetryReturnStep(scenario.ReturnId, "olga.ops", "database is writable again"));

        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();
        (await spec.SentFor<RevertReturningItems>(scenario.ReturnId, atLeast: 2)).Count.ShouldBe(2);
        await spec.Publish(new ReturningItemsReverted(scenario.ReturnId, 3));
        await spec.Publish(new ReturnLabelVoided(scenario.ReturnId, "LBL-1"));
        (await spec.IsIn(scenario.ReturnId, m => m.Cancelled)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).StatusReason!.ShouldContain("Card account closed");
        spec.Instance(scenario.ReturnId).Timeline.ShouldContain(e => e.Event == "RetryReturnStep" && e.Actor == "olga.ops");
    }

    [Fact]
    public async Task Should_need_attention_when_voiding_the_label_faults_and_skip_it_when_an_operator_cancels()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();
        await spec.Publish(new ItemsMarkingFailed(scenario.ReturnId, "SKU unknown"));
        var voidLabel = (await spec.SentFor<VoidReturnLabel>(scenario.ReturnId)).Single();

        await spec.PublishFault(voidLabel, "carrier API unreachable");
        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();

        await spec.Publish(new CancelReturn(scenario.ReturnId, "olga.ops", "voided by phone with the carrier"));

        (await spec.IsIn(scenario.ReturnId, m => m.Cancelled)).ShouldBeTrue();
        (await spec.SentFor<SendCancellationNotice>(scenario.ReturnId)).ShouldHaveSingleItem();
        spec.Instance(scenario.ReturnId).Timeline.ShouldContain(e => e.Details == "void-return-label skipped: handled by hand" && e.Actor == "olga.ops");
    }

    [Fact]
    public async Task Should_need_attention_when_validation_exhausts_its_retries_and_send_it_again_on_retry()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToValidating();
        var validate = (await spec.SentFor<ValidateOrder>(scenario.ReturnId)).Single();

        await spec.PublishFault(validate, "orders API timed out");
        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).FailedStep.ShouldBe("validate-order");

        await spec.Publish(new RetryReturnStep(scenario.ReturnId, "olga.ops", "orders API is back"));

        (await spec.IsIn(scenario.ReturnId, m => m.Validating)).ShouldBeTrue();
        (await spec.SentFor<ValidateOrder>(scenario.ReturnId, atLeast: 2)).Count.ShouldBe(2);
        (await spec.PublishedFor<DecisionAccepted>(scenario.ReturnId)).ShouldHaveSingleItem().State.ShouldBe("Validating");
    }

    [Fact]
    public async Task Should_need_attention_when_the_label_step_exhausts_its_retries()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToCreatingLabel();
        var label = (await spec.SentFor<CreateReturnLabel>(scenario.ReturnId)).Single();

        await spec.PublishFault(label, "carrier API 503");

        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();
        await spec.Publish(new RetryReturnStep(scenario.ReturnId, "olga.ops", "carrier recovered"));
        (await spec.IsIn(scenario.ReturnId, m => m.CreatingLabel)).ShouldBeTrue();
        (await spec.SentFor<CreateReturnLabel>(scenario.ReturnId, atLeast: 2)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_need_attention_when_the_eligibility_check_faults()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToCheckingEligibility();
        var check = (await spec.SentFor<CheckEligibility>(scenario.ReturnId)).Single();

        await spec.PublishFault(check, "policy store unavailable");

        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).FailedStep.ShouldBe("check-eligibility");
    }

    [Fact]
    public async Task Should_remember_every_completed_step_for_compensation()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToSchedulingRefund();
        await spec.Publish(new RefundScheduled(scenario.ReturnId, "RF-1", 45m, "EUR", DateTimeOffset.UtcNow.AddDays(7)));
        (await spec.IsIn(scenario.ReturnId, m => m.Completed)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).CompletedSteps.ShouldBe(["create-return-label", "mark-items-returning", "schedule-refund"]);
    }
}
