using Returns.Contracts.Decisions;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Contracts.Refunds;
using Returns.Contracts.Validation;

namespace Returns.Tests.Orchestrator;

/// <summary>
/// Step deadlines on the in-memory scheduler: a silent step is sent once more, then a person is asked.
/// Most specs deliver the deadline as the scheduler would (with the saga's token) rather than wait; one
/// lets a short deadline really pass, twice.
/// </summary>
public sealed class When_a_step_misses_its_deadline
{
    [Fact]
    public async Task Should_send_a_silent_step_again_and_then_ask_a_person_once_short_deadlines_really_pass()
    {
        await using var spec = await SagaSpecHarness.Start(options => options.StepTimeout = TimeSpan.FromMilliseconds(300));
        var scenario = new SagaScenario(spec);

        await spec.Publish(scenario.Requested);

        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();
        (await spec.SentFor<ValidateOrder>(scenario.ReturnId, atLeast: 2)).Count.ShouldBe(2);
        var saga = spec.Instance(scenario.ReturnId);
        saga.FailedStep.ShouldBe("validate-order");
        saga.StatusReason!.ShouldContain("no answer within 00:00:00.3000000, sent twice");
        saga.StepDeadlineTokenId.ShouldBeNull();
        saga.Timeline.Count(e => e.Event == "StepDeadline.Received").ShouldBe(2);
        saga.Timeline.ShouldContain(e => e.Details!.StartsWith("No answer from validate-order by") && e.Details.EndsWith("sent again"));
    }

    [Fact]
    public async Task Should_carry_on_when_the_step_answers_after_being_sent_again()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToCreatingLabel();
        var firstToken = spec.Instance(scenario.ReturnId).StepDeadlineTokenId;

        await spec.PassStepDeadline(scenario.ReturnId);

        (await spec.SentFor<CreateReturnLabel>(scenario.ReturnId, atLeast: 2)).Count.ShouldBe(2);
        var resent = spec.Instance(scenario.ReturnId);
        resent.CurrentState.ShouldBe("CreatingLabel");
        resent.StepResends.ShouldBe(1);
        resent.StepDeadlineTokenId.ShouldNotBeNull().ShouldNotBe(firstToken!.Value);

        await spec.Publish(new ReturnLabelCreated(scenario.ReturnId, "LBL-1", "1Z999", "http://carrier.test/LBL-1.pdf", SagaScenario.LabelCreatedAt));
        (await spec.IsIn(scenario.ReturnId, m => m.NotifyingAndRestocking)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).StepResends.ShouldBe(0, "the next step gets its own resend");
    }

    [Fact]
    public async Task Should_set_a_deadline_for_every_step_it_waits_on_and_move_it_with_each_step()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        var before = DateTimeOffset.UtcNow;

        await scenario.ToValidating();
        var validating = spec.Instance(scenario.ReturnId);
        var firstToken = validating.StepDeadlineTokenId.ShouldNotBeNull();
        validating.StepDeadlineAt!.Value.ShouldBeInRange(before + TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow + TimeSpan.FromMinutes(5));

        await scenario.ToCreatingLabel();
        spec.Instance(scenario.ReturnId).StepDeadlineTokenId.ShouldNotBeNull().ShouldNotBe(firstToken);
    }

    [Fact]
    public async Task Should_clear_the_deadline_while_a_manager_decides()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);

        await scenario.ToAwaitingApproval();

        var saga = spec.Instance(scenario.ReturnId);
        saga.StepDeadlineTokenId.ShouldBeNull();
        saga.StepDeadlineAt.ShouldBeNull();
    }

    [Fact]
    public async Task Should_ignore_a_stale_deadline_from_an_earlier_step()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToValidating();
        var validationToken = spec.Instance(scenario.ReturnId).StepDeadlineTokenId!.Value;
        await scenario.ToCreatingLabel();

        await spec.PassStepDeadline(scenario.ReturnId, token: validationToken);
        await spec.Settled();

        (await spec.IsIn(scenario.ReturnId, m => m.CreatingLabel)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).FailedStep.ShouldBeNull();
    }

    [Fact]
    public async Task Should_need_attention_when_the_carrier_step_is_silent_and_send_the_label_again_on_retry()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToCreatingLabel();

        await spec.PassStepDeadlineTwice(scenario.ReturnId);

        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).FailedStep.ShouldBe("create-return-label");
        await spec.Publish(new RetryReturnStep(scenario.ReturnId, "olga.ops", "carrier is back"));
        (await spec.IsIn(scenario.ReturnId, m => m.CreatingLabel)).ShouldBeTrue();
        // The first send, the one after the first silence, the operator's retry.
        (await spec.SentFor<CreateReturnLabel>(scenario.ReturnId, atLeast: 3)).Count.ShouldBe(3);
        spec.Instance(scenario.ReturnId).StepDeadlineTokenId.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_go_on_to_the_refund_when_only_the_email_is_silent()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();
        await spec.Publish(new ItemsMarkedReturning(scenario.ReturnId, 3));
        await spec.Settled();

        await spec.PassStepDeadlineTwice(scenario.ReturnId);

        (await spec.IsIn(scenario.ReturnId, m => m.SchedulingRefund)).ShouldBeTrue();
        (await spec.SentFor<ScheduleRefund>(scenario.ReturnId)).ShouldHaveSingleItem();
        (await spec.SentFor<SendReturnConfirmation>(scenario.ReturnId, atLeast: 2)).Count.ShouldBe(2, "the email was sent once more after the first silence");
        (await spec.SentSoFar<MarkItemsReturning>(scenario.ReturnId)).ShouldHaveSingleItem("inventory had answered, so it was not asked again");
        spec.Instance(scenario.ReturnId).EmailStatus!.ShouldStartWith("failed: no answer by");
    }

    [Fact]
    public async Task Should_need_attention_when_inventory_is_silent_and_mark_the_items_again_on_retry()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();
        await spec.Publish(new ReturnEmailSent(scenario.ReturnId, ReturnEmailKind.Confirmation, "ada@example.test"));
        await spec.Settled();

        await spec.PassStepDeadlineTwice(scenario.ReturnId);
        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).FailedStep.ShouldBe("mark-items-returning");

        await spec.Publish(new RetryReturnStep(scenario.ReturnId, "olga.ops", "inventory restarted"));
        (await spec.IsIn(scenario.ReturnId, m => m.NotifyingAndRestocking)).ShouldBeTrue();
        (await spec.SentFor<MarkItemsReturning>(scenario.ReturnId, atLeast: 3)).Count.ShouldBe(3);
        await spec.Publish(new ItemsMarkedReturning(scenario.ReturnId, 3));
        (await spec.IsIn(scenario.ReturnId, m => m.SchedulingRefund)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).EmailStatus.ShouldBe("sent");
    }

    [Fact]
    public async Task Should_take_back_a_mark_that_may_have_landed_late_when_a_silent_inventory_is_cancelled()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();
        await spec.Publish(new ReturnEmailSent(scenario.ReturnId, ReturnEmailKind.Confirmation, "ada@example.test"));
        await spec.Settled();
        await spec.PassStepDeadlineTwice(scenario.ReturnId);
        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();

        await spec.Publish(new CancelReturn(scenario.ReturnId, "olga.ops", "customer changed their mind"));

        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();
        (await spec.SentFor<RevertReturningItems>(scenario.ReturnId)).ShouldHaveSingleItem();
        await spec.Publish(new ReturningItemsReverted(scenario.ReturnId, 0));
        (await spec.SentFor<VoidReturnLabel>(scenario.ReturnId)).ShouldHaveSingleItem();
        await spec.Publish(new ReturnLabelVoided(scenario.ReturnId, "LBL-1"));
        (await spec.IsIn(scenario.ReturnId, m => m.Cancelled)).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_need_attention_when_the_payment_step_is_silent_and_ask_again_on_retry()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToSchedulingRefund();

        await spec.PassStepDeadlineTwice(scenario.ReturnId);
        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).FailedStep.ShouldBe("schedule-refund");

        await spec.Publish(new RetryReturnStep(scenario.ReturnId, "olga.ops", "payments answered the phone"));
        (await spec.IsIn(scenario.ReturnId, m => m.SchedulingRefund)).ShouldBeTrue();
        var refunds = await spec.SentFor<ScheduleRefund>(scenario.ReturnId, atLeast: 3);
        refunds.Count.ShouldBe(3);
        refunds.Distinct().ShouldHaveSingleItem("every attempt asks for the same refund, so the provider's idempotency key holds");
    }

    [Fact]
    public async Task Should_need_attention_when_a_compensation_is_silent_and_resume_it_on_retry()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToSchedulingRefund();
        await spec.Publish(new RefundSchedulingFailed(scenario.ReturnId, "Card account closed"));
        (await spec.SentFor<RevertReturningItems>(scenario.ReturnId)).ShouldHaveSingleItem();
        await spec.Settled();

        await spec.PassStepDeadlineTwice(scenario.ReturnId);
        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).FailedStep.ShouldBe("revert-returning-items");

        await spec.Publish(new RetryReturnStep(scenario.ReturnId, "olga.ops", "inventory is back"));
        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();
        (await spec.SentFor<RevertReturningItems>(scenario.ReturnId, atLeast: 3)).Count.ShouldBe(3);
        spec.Instance(scenario.ReturnId).StepDeadlineTokenId.ShouldNotBeNull();
    }
}
