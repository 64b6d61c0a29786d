using Returns.Contracts.Decisions;
using Returns.Contracts.Labels;
using Returns.Contracts.Notifications;

namespace Returns.Tests.Orchestrator;

public sealed class When_a_return_is_out_of_window
{
    [Fact]
    public async Task Should_wait_for_approval_with_the_reason()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);

        await scenario.ToAwaitingApproval();

        spec.Instance(scenario.ReturnId).StatusReason.ShouldBe("return-window: Requested 75 days after purchase; the window is 60 days");
        await spec.Settled();
        (await spec.SentSoFar<CreateReturnLabel>(scenario.ReturnId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_continue_with_the_label_when_a_manager_approves()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToAwaitingApproval();

        await spec.Publish(new ApproveReturn(scenario.ReturnId, "maria.manager", "Loyal customer"));

        (await spec.IsIn(scenario.ReturnId, m => m.CreatingLabel)).ShouldBeTrue();
        (await spec.SentFor<CreateReturnLabel>(scenario.ReturnId)).ShouldHaveSingleItem();
        (await spec.PublishedFor<DecisionAccepted>(scenario.ReturnId)).ShouldHaveSingleItem().State.ShouldBe("CreatingLabel");
        var approval = spec.Instance(scenario.ReturnId).Timeline.Single(e => e.Event == "ApproveReturn");
        approval.Actor.ShouldBe("maria.manager");
        approval.Details.ShouldBe("Approved: Loyal customer");
        approval.From.ShouldBe("AwaitingApproval");
    }

    [Fact]
    public async Task Should_reject_and_tell_the_customer_when_a_manager_denies()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToAwaitingApproval();

        await spec.Publish(new DenyReturn(scenario.ReturnId, "maria.manager", "Item shows wear"));

        (await spec.IsIn(scenario.ReturnId, m => m.Rejected)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).StatusReason.ShouldBe("Denied by maria.manager: Item shows wear");
        (await spec.SentFor<SendRejectionNotice>(scenario.ReturnId)).ShouldHaveSingleItem().Reason.ShouldContain("Item shows wear");
        (await spec.PublishedFor<DecisionAccepted>(scenario.ReturnId)).ShouldHaveSingleItem().Decision.ShouldBe("DenyReturn");
    }

    [Fact]
    public async Task Should_cancel_when_asked_while_waiting()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToAwaitingApproval();

        await spec.Publish(new CancelReturn(scenario.ReturnId, "maria.manager", "Customer withdrew the request"));

        (await spec.IsIn(scenario.ReturnId, m => m.Cancelled)).ShouldBeTrue();
        (await spec.SentFor<SendCancellationNotice>(scenario.ReturnId)).ShouldHaveSingleItem().Reason.ShouldContain("withdrew");
    }

    [Fact]
    public async Task Should_refuse_a_decision_without_an_actor_and_change_nothing()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToAwaitingApproval();

        await spec.Publish(new ApproveReturn(scenario.ReturnId, " ", "no name given"));

        var refused = (await spec.PublishedFor<DecisionRefused>(scenario.ReturnId)).ShouldHaveSingleItem();
        refused.Reason.ShouldContain("actor");
        (await spec.IsIn(scenario.ReturnId, m => m.AwaitingApproval)).ShouldBeTrue();
        (await spec.SentSoFar<CreateReturnLabel>(scenario.ReturnId)).ShouldBeEmpty();
    }
}
