using Returns.Contracts.Eligibility;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Contracts.Refunds;
using Returns.Contracts.Validation;

namespace Returns.Tests.Orchestrator;

public sealed class When_a_return_goes_well
{
    // The harness starts the saga with no refund delay, so the refund falls due as soon as email and
    // inventory are done; When_the_refund_waits_for_its_due_date holds it for the real 7 days.
    [Fact]
    public async Task Should_run_every_step_in_order_and_complete()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);

        await spec.Publish(scenario.Requested);
        (await spec.IsIn(scenario.ReturnId, m => m.Validating)).ShouldBeTrue();
        var validate = (await spec.SentFor<ValidateOrder>(scenario.ReturnId)).ShouldHaveSingleItem();
        validate.OrderNumber.ShouldBe("ORD-1001");

        await spec.Publish(new OrderValidated(scenario.ReturnId, scenario.Order));
        (await spec.IsIn(scenario.ReturnId, m => m.CheckingEligibility)).ShouldBeTrue();
        (await spec.SentFor<CheckEligibility>(scenario.ReturnId)).ShouldHaveSingleItem().Order.Lines.ShouldBe(scenario.Order.Lines);

        await spec.Publish(new ReturnEligible(scenario.ReturnId, "return-window", "Requested 10 days after purchase"));
        (await spec.IsIn(scenario.ReturnId, m => m.CreatingLabel)).ShouldBeTrue();
        var label = (await spec.SentFor<CreateReturnLabel>(scenario.ReturnId)).ShouldHaveSingleItem();
        label.ItemCount.ShouldBe(3);
        label.From.ShouldBe(scenario.Order.ShippingAddress);

        await spec.Publish(new ReturnLabelCreated(scenario.ReturnId, "LBL-1", "1Z999", "http://carrier.test/LBL-1.pdf", SagaScenario.LabelCreatedAt));
        (await spec.IsIn(scenario.ReturnId, m => m.NotifyingAndRestocking)).ShouldBeTrue();
        (await spec.SentFor<SendReturnConfirmation>(scenario.ReturnId)).ShouldHaveSingleItem().TrackingNumber.ShouldBe("1Z999");
        (await spec.SentFor<MarkItemsReturning>(scenario.ReturnId)).ShouldHaveSingleItem().Lines.Sum(l => l.Quantity).ShouldBe(3);

        await spec.Publish(new ReturnEmailSent(scenario.ReturnId, ReturnEmailKind.Confirmation, "ada@example.test"));
        await spec.Publish(new ItemsMarkedReturning(scenario.ReturnId, 3));
        (await spec.IsIn(scenario.ReturnId, m => m.SchedulingRefund)).ShouldBeTrue();
        var refund = (await spec.SentFor<ScheduleRefund>(scenario.ReturnId)).ShouldHaveSingleItem();
        refund.Amount.ShouldBe(45.00m);
        refund.Currency.ShouldBe("EUR");
        refund.DueAt.ShouldBe(SagaScenario.LabelCreatedAt);

        await spec.Publish(new RefundScheduled(scenario.ReturnId, "RF-1", 45.00m, "EUR", refund.DueAt));
        (await spec.IsIn(scenario.ReturnId, m => m.Completed)).ShouldBeTrue();

        var saga = spec.Instance(scenario.ReturnId);
        saga.RefundId.ShouldBe("RF-1");
        saga.EmailStatus.ShouldBe("sent");
        saga.Timeline.Where(e => e.From != e.To).Select(e => e.To).ShouldBe(
            ["Validating", "CheckingEligibility", "CreatingLabel", "NotifyingAndRestocking", "RefundPending", "SchedulingRefund", "Completed"]);
        saga.Timeline.Where(e => e.From != e.To).Select(e => e.Event).ShouldBe(
            ["ReturnRequested", "OrderValidated", "ReturnEligible", "ReturnLabelCreated", "ItemsMarkedReturning", "RefundDue.Received", "RefundScheduled"]);
        saga.StepDeadlineTokenId.ShouldBeNull();
        saga.RefundDueTokenId.ShouldBeNull();
    }

    [Fact]
    public async Task Should_wait_for_both_email_and_inventory_before_the_refund_whichever_answers_first()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();

        await spec.Publish(new ItemsMarkedReturning(scenario.ReturnId, 3));
        await spec.Settled();
        (await spec.IsIn(scenario.ReturnId, m => m.NotifyingAndRestocking)).ShouldBeTrue();
        (await spec.SentSoFar<ScheduleRefund>(scenario.ReturnId)).ShouldBeEmpty();

        await spec.Publish(new ReturnEmailSent(scenario.ReturnId, ReturnEmailKind.Confirmation, "ada@example.test"));
        (await spec.IsIn(scenario.ReturnId, m => m.SchedulingRefund)).ShouldBeTrue();
        (await spec.SentFor<ScheduleRefund>(scenario.ReturnId)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_go_on_when_the_confirmation_email_fails_and_record_the_failure()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();

        await spec.Publish(new ReturnEmailFailed(scenario.ReturnId, ReturnEmailKind.Confirmation, "SMTP 451 mailbox busy"));
        await spec.Publish(new ItemsMarkedReturning(scenario.ReturnId, 3));

        (await spec.IsIn(scenario.ReturnId, m => m.SchedulingRefund)).ShouldBeTrue();
        var saga = spec.Instance(scenario.ReturnId);
        saga.EmailStatus.ShouldBe("failed: SMTP 451 mailbox busy");
        saga.Timeline.ShouldContain(e => e.Event == "ReturnEmailFailed" && e.Details!.Contains("451"));
    }

    [Fact]
    public async Task Should_treat_a_faulted_confirmation_like_a_failed_one()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();
        var confirmation = (await spec.SentFor<SendReturnConfirmation>(scenario.ReturnId)).Single();

        await spec.PublishFault(confirmation, "bad recipient");
        await spec.Publish(new ItemsMarkedReturning(scenario.ReturnId, 3));

        (await spec.IsIn(scenario.ReturnId, m => m.SchedulingRefund)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).EmailStatus.ShouldBe("failed: bad recipient");
    }
}
