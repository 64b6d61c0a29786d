using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Returns.Contracts.Decisions;
using Returns.Contracts.Inventory;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Contracts.Status;

namespace Returns.Tests.Orchestrator;

public sealed class When_someone_asks_about_a_return
{
    [Fact]
    public async Task Should_answer_with_the_state_and_the_timeline()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToCreatingLabel();

        var client = spec.Harness.GetRequestClient<GetReturnStatus>();
        var response = await client.GetResponse<ReturnStatus, ReturnNotFound>(new GetReturnStatus(scenario.ReturnId));

        response.Is(out Response<ReturnStatus>? status).ShouldBeTrue();
        status!.Message.State.ShouldBe("CreatingLabel");
        status.Message.OrderNumber.ShouldBe("ORD-1001");
        status.Message.RefundAmount.ShouldBe(45.00m);
        status.Message.Timeline.Select(e => e.To).ShouldBe(["Validating", "CheckingEligibility", "CreatingLabel"]);
    }

    [Fact]
    public async Task Should_list_the_refund_due_date_and_the_confirmation_email_s_next_try_as_scheduled()
    {
        await using var spec = await SagaSpecHarness.Start(options => options.RefundDelay = TimeSpan.FromDays(7));
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();
        var before = DateTimeOffset.UtcNow;

        await spec.Publish(new ReturnEmailFailed(scenario.ReturnId, ReturnEmailKind.Confirmation, "SMTP 421 service not available"));
        await spec.Publish(new ItemsMarkedReturning(scenario.ReturnId, 3));
        (await spec.IsIn(scenario.ReturnId, m => m.RefundPending)).ShouldBeTrue();
        await spec.InstanceWhen(scenario.ReturnId, s => s.EmailResendTokenId is not null);

        var client = spec.Harness.GetRequestClient<GetReturnStatus>();
        var status = (await client.GetResponse<ReturnStatus>(new GetReturnStatus(scenario.ReturnId))).Message;

        var scheduled = status.Scheduled.ShouldNotBeNull();
        scheduled.Select(a => a.Action).ShouldBe(["ConfirmationResend", "RefundDue"]);
        scheduled[0].DueAt.ShouldBeInRange(before.AddMinutes(30), DateTimeOffset.UtcNow.AddMinutes(30));
        scheduled[0].Details.ShouldContain("1 of 3");
        scheduled[1].DueAt.ShouldBe(SagaScenario.LabelCreatedAt.AddDays(7));
        scheduled[1].Details.ShouldContain("45.00");
    }

    [Fact]
    public async Task Should_answer_not_found_for_an_unknown_return()
    {
        await using var spec = await SagaSpecHarness.Start();
        var unknown = Guid.NewGuid();

        var client = spec.Harness.GetRequestClient<GetReturnStatus>();
        var response = await client.GetResponse<ReturnStatus, ReturnNotFound>(new GetReturnStatus(unknown));

        response.Is(out Response<ReturnNotFound>? notFound).ShouldBeTrue();
        notFound!.Message.ReturnId.ShouldBe(unknown);
    }

    [Fact]
    public async Task Should_refuse_an_approval_of_a_return_that_is_not_waiting_for_one()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToCreatingLabel();

        var client = spec.Harness.GetRequestClient<ApproveReturn>();
        var response = await client.GetResponse<DecisionAccepted, DecisionRefused, ReturnNotFound>(
            new ApproveReturn(scenario.ReturnId, "maria.manager", "looks fine"));

        response.Is(out Response<DecisionRefused>? refused).ShouldBeTrue();
        refused!.Message.State.ShouldBe("CreatingLabel");
        refused.Message.Reason.ShouldContain("AwaitingApproval");
        (await spec.IsIn(scenario.ReturnId, m => m.CreatingLabel)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).Timeline.ShouldContain(e => e.Event == "ApproveReturn refused" && e.Actor == "maria.manager");
    }

    [Fact]
    public async Task Should_answer_not_found_to_a_decision_about_an_unknown_return()
    {
        await using var spec = await SagaSpecHarness.Start();

        var client = spec.Harness.GetRequestClient<DenyReturn>();
        var response = await client.GetResponse<DecisionAccepted, DecisionRefused, ReturnNotFound>(
            new DenyReturn(Guid.NewGuid(), "maria.manager", "no"));

        response.Is(out Response<ReturnNotFound>? _).ShouldBeTrue();
    }
}
