using Returns.Contracts;
using Returns.Contracts.Eligibility;
using Returns.Contracts.Labels;
using Returns.Contracts.Notifications;
using Returns.Contracts.Validation;

namespace Returns.Tests.Orchestrator;

public sealed class When_a_return_is_rejected
{
    [Fact]
    public async Task Should_reject_an_unknown_order_with_the_reason_and_email_nobody()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToValidating();

        await spec.Publish(new OrderValidationFailed(scenario.ReturnId, "Order ORD-9999 was not found"));

        (await spec.IsIn(scenario.ReturnId, m => m.Rejected)).ShouldBeTrue();
        var saga = spec.Instance(scenario.ReturnId);
        saga.StatusReason.ShouldBe("Order ORD-9999 was not found");
        saga.Timeline[^1].Details.ShouldBe("Order ORD-9999 was not found");
        await spec.Settled();
        (await spec.SentSoFar<SendRejectionNotice>(scenario.ReturnId)).ShouldBeEmpty();
        (await spec.SentSoFar<CheckEligibility>(scenario.ReturnId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_reject_final_sale_items_as_ineligible_and_tell_the_customer()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToCheckingEligibility();

        await spec.Publish(new ReturnIneligible(scenario.ReturnId, "final-sale", "SKU-CLEARANCE was sold as final sale"));

        (await spec.IsIn(scenario.ReturnId, m => m.Rejected)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).StatusReason.ShouldBe("final-sale: SKU-CLEARANCE was sold as final sale");
        var notice = (await spec.SentFor<SendRejectionNotice>(scenario.ReturnId)).ShouldHaveSingleItem();
        notice.Customer.Email.ShouldBe("ada@example.test");
        notice.Reason.ShouldContain("final sale");
        await spec.Settled();
        (await spec.SentSoFar<CreateReturnLabel>(scenario.ReturnId)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", 1, "orderNumber: is required")]
    [InlineData("ORD-1001", 0, "lines[0].quantity: must be between 1 and 1000")]
    [InlineData("ORD-1001", -2, "lines[0].quantity: must be between 1 and 1000")]
    [InlineData("ORD-1001", 5000, "lines[0].quantity: must be between 1 and 1000")]
    public async Task Should_reject_a_malformed_request_published_on_the_bus_without_running_any_step(string orderNumber, int quantity, string problem)
    {
        await using var spec = await SagaSpecHarness.Start();
        var returnId = Guid.NewGuid();

        await spec.Publish(new ReturnRequested(returnId, orderNumber, [new("SKU-MUG", quantity)], "broken", DateTimeOffset.UtcNow));

        (await spec.IsIn(returnId, m => m.Rejected)).ShouldBeTrue();
        spec.Instance(returnId).StatusReason!.ShouldContain(problem);
        await spec.Settled();
        (await spec.SentSoFar<ValidateOrder>(returnId)).ShouldBeEmpty();
    }
}
