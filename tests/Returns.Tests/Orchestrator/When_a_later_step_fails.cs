using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Notifications;
using Returns.Contracts.Refunds;

namespace Returns.Tests.Orchestrator;

public sealed class When_a_later_step_fails
{
    [Fact]
    public async Task Should_undo_inventory_then_the_label_when_the_refund_is_refused_and_end_cancelled()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToSchedulingRefund();

        await spec.Publish(new RefundSchedulingFailed(scenario.ReturnId, "Card account closed"));

        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();
        (await spec.SentFor<RevertReturningItems>(scenario.ReturnId)).ShouldHaveSingleItem();
        await spec.Settled();
        (await spec.SentSoFar<VoidReturnLabel>(scenario.ReturnId)).ShouldBeEmpty("the label is voided only after inventory is reverted");

        await spec.Publish(new ReturningItemsReverted(scenario.ReturnId, 3));
        (await spec.SentFor<VoidReturnLabel>(scenario.ReturnId)).ShouldHaveSingleItem().LabelId.ShouldBe("LBL-1");

        await spec.Publish(new ReturnLabelVoided(scenario.ReturnId, "LBL-1"));
        (await spec.IsIn(scenario.ReturnId, m => m.Cancelled)).ShouldBeTrue();
        (await spec.SentFor<SendCancellationNotice>(scenario.ReturnId)).ShouldHaveSingleItem().Reason.ShouldContain("Card account closed");

        var saga = spec.Instance(scenario.ReturnId);
        saga.StatusReason!.ShouldContain("Card account closed");
        saga.CompletedSteps.ShouldBeEmpty();
        saga.Timeline.Select(e => e.Event).ShouldContain("ReturningItemsReverted");
        saga.Timeline[^1].To.ShouldBe("Cancelled");
    }

    [Fact]
    public async Task Should_compensate_when_scheduling_the_refund_faults_after_retries()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToSchedulingRefund();
        var refund = (await spec.SentFor<ScheduleRefund>(scenario.ReturnId)).Single();

        await spec.PublishFault(refund, "payments API 503 after 4 attempts");

        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();
        (await spec.SentFor<RevertReturningItems>(scenario.ReturnId)).ShouldHaveSingleItem();
        spec.Instance(scenario.ReturnId).StatusReason!.ShouldContain("503");
    }

    [Fact]
    public async Task Should_void_the_label_when_inventory_fails_and_not_revert_what_was_never_marked()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();

        await spec.Publish(new ItemsMarkingFailed(scenario.ReturnId, "SKU-MUG is not stocked here"));

        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();
        (await spec.SentFor<VoidReturnLabel>(scenario.ReturnId)).ShouldHaveSingleItem();
        await spec.Publish(new ReturnLabelVoided(scenario.ReturnId, "LBL-1"));
        (await spec.IsIn(scenario.ReturnId, m => m.Cancelled)).ShouldBeTrue();
        (await spec.SentSoFar<RevertReturningItems>(scenario.ReturnId)).ShouldBeEmpty();
        (await spec.SentSoFar<ScheduleRefund>(scenario.ReturnId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_compensate_when_marking_items_faults_after_retries()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();
        var mark = (await spec.SentFor<MarkItemsReturning>(scenario.ReturnId)).Single();

        await spec.PublishFault(mark, "database is locked");

        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();
        (await spec.SentFor<VoidReturnLabel>(scenario.ReturnId)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_cancel_and_tell_the_customer_when_the_carrier_refuses_the_label()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToCreatingLabel();

        await spec.Publish(new ReturnLabelFailed(scenario.ReturnId, "Address not serviceable"));

        (await spec.IsIn(scenario.ReturnId, m => m.Cancelled)).ShouldBeTrue();
        (await spec.SentFor<SendCancellationNotice>(scenario.ReturnId)).ShouldHaveSingleItem().Reason.ShouldContain("Address not serviceable");
        await spec.Settled();
        (await spec.SentSoFar<VoidReturnLabel>(scenario.ReturnId)).ShouldBeEmpty();
    }
}
