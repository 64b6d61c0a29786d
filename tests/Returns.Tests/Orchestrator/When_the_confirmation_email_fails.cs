using Returns.Contracts.Model;
using Returns.Contracts.Notifications;

namespace Returns.Tests.Orchestrator;

/// <summary>A failed confirmation email never holds the return up, and is tried again later until it goes or the tries run out.</summary>
public sealed class When_the_confirmation_email_fails
{
    [Fact]
    public async Task Should_go_on_and_send_the_email_again_later_until_it_is_sent()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();

        await spec.Publish(new ReturnEmailFailed(scenario.ReturnId, ReturnEmailKind.Confirmation, "SMTP 421 service not available"));
        await spec.Publish(new Returns.Contracts.Inventory.ItemsMarkedReturning(scenario.ReturnId, 3));
        (await spec.IsIn(scenario.ReturnId, m => m.SchedulingRefund)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).EmailResendTokenId.ShouldNotBeNull();

        await spec.PassConfirmationResend(scenario.ReturnId);
        (await spec.SentFor<SendReturnConfirmation>(scenario.ReturnId, atLeast: 2)).Count.ShouldBe(2);
        await spec.Publish(new ReturnEmailSent(scenario.ReturnId, ReturnEmailKind.Confirmation, "ada@example.test"));

        var saga = await spec.InstanceWhen(scenario.ReturnId, s => s.EmailStatus == "sent");
        saga.EmailStatus.ShouldBe("sent");
        saga.EmailResends.ShouldBe(1);
        saga.CurrentState.ShouldBe("SchedulingRefund");
        saga.Timeline.ShouldContain(e => e.Details == "Confirmation email tried again (1 of 3)");
    }

    [Fact]
    public async Task Should_give_up_after_the_configured_tries_and_say_so()
    {
        await using var spec = await SagaSpecHarness.Start(options => options.EmailResendAttempts = 1);
        var fresh = new SagaScenario(spec);
        await fresh.ToNotifyingAndRestocking();
        await spec.Publish(new ReturnEmailFailed(fresh.ReturnId, ReturnEmailKind.Confirmation, "mailbox full"));
        await spec.Publish(new Returns.Contracts.Inventory.ItemsMarkedReturning(fresh.ReturnId, 3));
        (await spec.IsIn(fresh.ReturnId, m => m.SchedulingRefund)).ShouldBeTrue();

        await spec.PassConfirmationResend(fresh.ReturnId);
        (await spec.SentFor<SendReturnConfirmation>(fresh.ReturnId, atLeast: 2)).Count.ShouldBe(2);
        await spec.Publish(new ReturnEmailFailed(fresh.ReturnId, ReturnEmailKind.Confirmation, "mailbox still full"));

        var saga = await spec.InstanceWhen(fresh.ReturnId, s => s.EmailStatus != "failed: mailbox full");
        saga.EmailStatus.ShouldBe("failed: mailbox still full");
        saga.EmailResendTokenId.ShouldBeNull();
        saga.Timeline[^1].Details.ShouldBe("Confirmation email given up after 1 tries again");
    }
}
