using Returns.Contracts.Decisions;
using Returns.Contracts.Escalations;
using Returns.Contracts.Labels;
using Returns.Contracts.Notifications;
using Returns.Contracts.Validation;
using Returns.Orchestrator.Escalations;

namespace Returns.Tests.Orchestrator;

/// <summary>
/// Escalations: waiting for a person opens a ticket with a service level (opened → reminder → expiry),
/// the operations mailbox hears of each, and whatever moves the return on closes it.
/// </summary>
public sealed class When_a_return_waits_for_a_person
{
    [Fact]
    public async Task Should_open_an_escalation_when_a_manager_must_approve_and_tell_operations()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        var before = DateTimeOffset.UtcNow;

        await scenario.ToAwaitingApproval();

        var saga = spec.Instance(scenario.ReturnId);
        var escalationId = saga.EscalationId.ShouldNotBeNull();
        saga.EscalationKind.ShouldBe(EscalationKind.Approval);
        saga.EscalationRemindAt!.Value.ShouldBeInRange(before.AddDays(1), DateTimeOffset.UtcNow.AddDays(1));
        saga.EscalationExpiresAt!.Value.ShouldBeInRange(before.AddDays(3), DateTimeOffset.UtcNow.AddDays(3));
        saga.EscalationReminderTokenId.ShouldNotBeNull();
        saga.EscalationExpiryTokenId.ShouldNotBeNull();
        var notice = (await spec.SentFor<SendEscalationNotice>(scenario.ReturnId)).ShouldHaveSingleItem();
        notice.EscalationId.ShouldBe(escalationId);
        notice.Notice.ShouldBe(EscalationNotice.Opened);
        notice.Reason.ShouldContain("75 days after purchase");
        saga.Timeline.ShouldContain(e => e.Event == "EscalationOpened" && e.Details!.Contains(escalationId.ToString()));
    }

    [Fact]
    public async Task Should_close_the_escalation_when_the_manager_decides()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToAwaitingApproval();

        await spec.Publish(new ApproveReturn(scenario.ReturnId, "maria.manager", "loyal customer"));

        (await spec.IsIn(scenario.ReturnId, m => m.CreatingLabel)).ShouldBeTrue();
        var saga = spec.Instance(scenario.ReturnId);
        saga.EscalationId.ShouldBeNull();
        saga.EscalationReminderTokenId.ShouldBeNull();
        saga.EscalationExpiryTokenId.ShouldBeNull();
        saga.Timeline.ShouldContain(e => e.Event == "EscalationClosed");
    }

    [Fact]
    public async Task Should_remind_operations_once_and_keep_waiting()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToAwaitingApproval();

        await spec.PassEscalationReminder(scenario.ReturnId);

        var notices = await spec.SentFor<SendEscalationNotice>(scenario.ReturnId, atLeast: 2);
        notices.Select(n => n.Notice).ShouldBe([EscalationNotice.Opened, EscalationNotice.Reminder]);
        (await spec.IsIn(scenario.ReturnId, m => m.AwaitingApproval)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).EscalationReminded.ShouldBeTrue();
        spec.Instance(scenario.ReturnId).Timeline.ShouldContain(e => e.Actor == "returns-sla" && e.Details!.Contains("operations reminded"));
    }

    [Fact]
    public async Task Should_deny_an_approval_nobody_gave_in_time_by_default()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToAwaitingApproval();

        await spec.PassEscalationExpiry(scenario.ReturnId);

        (await spec.IsIn(scenario.ReturnId, m => m.Rejected)).ShouldBeTrue();
        var saga = spec.Instance(scenario.ReturnId);
        saga.StatusReason.ShouldBe("Denied automatically: no decision within 3.00:00:00");
        saga.EscalationId.ShouldBeNull();
        (await spec.SentFor<SendRejectionNotice>(scenario.ReturnId)).ShouldHaveSingleItem();
        (await spec.SentFor<SendEscalationNotice>(scenario.ReturnId, atLeast: 2))[^1].Notice.ShouldBe(EscalationNotice.Expired);
        saga.Timeline.ShouldContain(e => e.To == "Rejected" && e.Actor == "returns-sla");
    }

    [Fact]
    public async Task Should_approve_an_expired_approval_when_configured_to()
    {
        await using var spec = await SagaSpecHarness.Start(options => options.ApprovalEscalation.OnExpiry = EscalationOutcome.Approve);
        var scenario = new SagaScenario(spec);
        await scenario.ToAwaitingApproval();

        await spec.PassEscalationExpiry(scenario.ReturnId);

        (await spec.IsIn(scenario.ReturnId, m => m.CreatingLabel)).ShouldBeTrue();
        (await spec.SentFor<CreateReturnLabel>(scenario.ReturnId)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_only_tell_operations_when_an_attention_escalation_expires_by_default()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToValidating();
        await spec.PublishFault((await spec.SentFor<ValidateOrder>(scenario.ReturnId)).Single(), "orders API timed out");
        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).EscalationKind.ShouldBe(EscalationKind.Attention);

        await spec.PassEscalationExpiry(scenario.ReturnId);

        (await spec.SentFor<SendEscalationNotice>(scenario.ReturnId, atLeast: 2))[^1].Notice.ShouldBe(EscalationNotice.Expired);
        await spec.Settled();
        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).Timeline[^1].Details!.ShouldContain("operations told again");
    }

    [Fact]
    public async Task Should_cancel_an_expired_attention_escalation_when_configured_to_and_undo_the_label()
    {
        await using var spec = await SagaSpecHarness.Start(options => options.AttentionEscalation.OnExpiry = EscalationOutcome.Cancel);
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();
        await spec.Publish(new ReturnEmailFailed(scenario.ReturnId, Returns.Contracts.Model.ReturnEmailKind.Confirmation, "mailbox full"));
        await spec.PassStepDeadlineTwice(scenario.ReturnId);
        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();

        await spec.PassEscalationExpiry(scenario.ReturnId);

        (await spec.IsIn(scenario.ReturnId, m => m.Compensating)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).CancellationReason.ShouldBe("Cancelled automatically: no decision within 1.00:00:00");
    }

    [Fact]
    public async Task Should_never_cancel_over_a_failed_compensation_automatically()
    {
        await using var spec = await SagaSpecHarness.Start(options => options.AttentionEscalation.OnExpiry = EscalationOutcome.Cancel);
        var scenario = new SagaScenario(spec);
        await scenario.ToNotifyingAndRestocking();
        await spec.Publish(new Returns.Contracts.Inventory.ItemsMarkingFailed(scenario.ReturnId, "SKU unknown"));
        await spec.Publish(new ReturnLabelVoidFailed(scenario.ReturnId, "LBL-1", "carrier says no"));
        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();

        await spec.PassEscalationExpiry(scenario.ReturnId);
        await spec.Settled();

        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();
        spec.Instance(scenario.ReturnId).Timeline[^1].Details!.ShouldContain("never cancelled automatically");
    }

    [Fact]
    public async Task Should_end_Resolved_when_an_operator_settles_it_by_hand()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToValidating();
        await spec.PublishFault((await spec.SentFor<ValidateOrder>(scenario.ReturnId)).Single(), "orders API timed out");
        (await spec.IsIn(scenario.ReturnId, m => m.NeedsAttention)).ShouldBeTrue();

        await spec.Publish(new ResolveReturn(scenario.ReturnId, "olga.ops", "customer kept the item; refunded by hand"));

        (await spec.IsIn(scenario.ReturnId, m => m.Resolved)).ShouldBeTrue();
        (await spec.PublishedFor<DecisionAccepted>(scenario.ReturnId)).ShouldHaveSingleItem().State.ShouldBe("Resolved");
        var saga = spec.Instance(scenario.ReturnId);
        saga.StatusReason.ShouldBe("Resolved by olga.ops: customer kept the item; refunded by hand");
        saga.EscalationId.ShouldBeNull();
    }

    [Fact]
    public async Task Should_refuse_to_resolve_a_return_that_needs_no_attention()
    {
        await using var spec = await SagaSpecHarness.Start();
        var scenario = new SagaScenario(spec);
        await scenario.ToAwaitingApproval();

        await spec.Publish(new ResolveReturn(scenario.ReturnId, "olga.ops", "thought it was stuck"));

        var refused = (await spec.PublishedFor<DecisionRefused>(scenario.ReturnId)).ShouldHaveSingleItem();
        refused.Reason.ShouldContain("applies only in NeedsAttention");
        (await spec.IsIn(scenario.ReturnId, m => m.AwaitingApproval)).ShouldBeTrue();
    }
}
