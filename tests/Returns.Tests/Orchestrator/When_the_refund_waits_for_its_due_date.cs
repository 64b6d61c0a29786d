using Returns.Contracts.Decisions;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Notifications;
using Returns.Contracts.Refunds;

namespace Returns.Tests.Orchestrator;

/// <summary>The refund is held by the saga (Schedule) until the parcel is expected back: 7 days after the label.</summary>
public sealed class When_the_refund_waits_for_its_due_date
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public async Task Should_hold_the_refund_until_seven_days_after_the_label_then_send_it()
    {
        await using var spec = await SagaSpecHarness.Start(options => options.RefundDelay = Week);
        var scenario = new SagaScenario(spec);
        var labelAt = DateTimeOffset.UtcNow;

        await scenario.ToRefundPending(labelAt);
        await spec.Settled();

        var saga = spec.Instance(scenario.ReturnId);
        saga.RefundDueAt.ShouldBe(labelAt + Week);
        saga.RefundDueTokenId.ShouldNotBeNull();
        saga.StepDeadlineTokenId.ShouldBeNull("nobody is being waited for while the parcel travels");
        (await spec.SentSoFar<ScheduleRefund>(scenario.ReturnId)).ShouldBeEmpty();

        await spec.PassRefundDueDate(scenario.ReturnId);

        (await spec.IsIn(scenario.ReturnId, m => m.SchedulingRefund)).ShouldBeTrue();
        (await spec.SentFor<ScheduleRefund>(scenario.ReturnId)).ShouldHaveSingleItem().DueAt.ShouldBe(labelAt + Week);
        spec.Instance(scenario.ReturnId).RefundDueTokenId.ShouldBeNull();
    }

    [Fact]
    public async Task Should_undo_inventory_and_the_label_when_an_operator_cancels_before_the_refund_is_due()
    {
        await using var spec = await SagaSpecHarness.Start(options => options.RefundDelay = Week);
        var scenario = new SagaScenario(spec);
        await scenario.ToRefundPending(DateTimeOffset.UtcNow);

        await spec.Publish(new CancelReturn(scenario.ReturnId, "olga.ops", "the parcel was lost; refunded by hand"));

        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).RefundDueTokenId.ShouldBeNull();
        (await spec.SentFor<RevertReturningItems>(scenario.ReturnId)).ShouldHaveSingleItem();
        await spec.Publish(new ReturningItemsReverted(scenario.ReturnId, 3));
        await spec.Publish(new ReturnLabelVoided(scenario.ReturnId, "LBL-1"));
        (await spec.IsIn(scenario.ReturnId, m => m.Cancelled)).ShouldBeTrue();
        (await spec.SentFor<SendCancellationNotice>(scenario.ReturnId)).ShouldHaveSingleItem();
        (await spec.SentSoFar<ScheduleRefund>(scenario.ReturnId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_ignore_a_due_date_that_arrives_after_the_return_was_cancelled()
    {
        await using var spec = await SagaSpecHarness.Start(options => options.RefundDelay = Week);
        var scenario = new SagaScenario(spec);
        await scenario.ToRefundPending(DateTimeOffset.UtcNow);
        var token = spec.Instance(scenario.ReturnId).RefundDueTokenId!.Value;
        await spec.Publish(new CancelReturn(scenario.ReturnId, "olga.ops", "customer kept the item"));
        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();

        // The cancel lost the race with the scheduler: the reminder is delivered anyway.
        await spec.PassRefundDueDate(scenario.ReturnId, token);
        await spec.Settled();

        (await spec.SentSoFar<ScheduleRefund>(scenario.ReturnId)).ShouldBeEmpty();
        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();
    }
}
