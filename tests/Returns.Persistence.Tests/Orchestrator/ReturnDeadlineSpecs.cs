using Returns.Contracts;
using Returns.Contracts.Eligibility;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Contracts.Validation;
using Returns.Persistence.Providers;
using Returns.Persistence.Scheduling;
using Returns.Persistence.Tests.Databases;
using Returns.Persistence.Tests.Scheduling;

namespace Returns.Persistence.Tests.Orchestrator;

/// <summary>
/// The return saga's deadlines on the durable scheduler and a real database: a step deadline survives a
/// restart of the orchestrator, an answered step's deadline never fires, and the refund is held for 7 days.
/// The clock is moved, never waited for.
/// </summary>
public sealed class ReturnDeadlineSpecs
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private readonly ManualClock clock = new();

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_step_deadline_set_before_a_restart_fires_after_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        var returnId = Guid.NewGuid();
        Guid token;
        await using (var before = await Start(database))
        {
            await before.Publish(Requested(returnId));
            var validating = await before.WaitForState(returnId, "Validating");
            token = validating.StepDeadlineTokenId.ShouldNotBeNull();
            validating.StepDeadlineAt!.Value.ShouldBe(clock.GetUtcNow() + StepTimeout, TimeSpan.FromSeconds(30));
            await before.WaitForScheduled(token, ScheduledMessageStatus.Pending);
        }

        clock.Advance(StepTimeout + TimeSpan.FromMinutes(1));
        await using var after = await Start(database);

        // The first silence sends the step again with a new deadline; the second asks a person.
        await after.WaitForScheduled(token, ScheduledMessageStatus.Delivered);
        var resent = await after.WaitFor(returnId, saga => saga.StepResends == 1, "sent again once");
        resent.CurrentState.ShouldBe("Validating");
        var secondToken = resent.StepDeadlineTokenId.ShouldNotBeNull();
        secondToken.ShouldNotBe(token);
        await after.WaitForScheduled(secondToken, ScheduledMessageStatus.Pending);

        clock.Advance(StepTimeout + TimeSpan.FromMinutes(1));
        var saga = await after.WaitForState(returnId, "NeedsAttention");
        saga.FailedStep.ShouldBe(ReturnQueues.ValidateOrder);
        saga.StatusReason!.ShouldContain("no answer within");
        saga.StepDeadlineTokenId.ShouldBeNull();
        await after.WaitForScheduled(secondToken, ScheduledMessageStatus.Delivered);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task The_deadline_of_a_step_that_answered_is_cancelled_and_never_fires(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await Start(database);
        var returnId = Guid.NewGuid();
        await host.Publish(Requested(returnId));
        var validationToken = (await host.WaitForState(returnId, "Validating")).StepDeadlineTokenId!.Value;

        await host.Publish(new OrderValidated(returnId, Order));
        var eligibilityToken = (await host.WaitForState(returnId, "CheckingEligibility")).StepDeadlineTokenId!.Value;
        await host.WaitForScheduled(validationToken, ScheduledMessageStatus.Cancelled);
        await host.Publish(new ReturnNeedsApproval(returnId, "return-window", "75 days after purchase"));
        (await host.WaitForState(returnId, "AwaitingApproval")).StepDeadlineTokenId.ShouldBeNull();
        await host.WaitForScheduled(eligibilityToken, ScheduledMessageStatus.Cancelled);

        clock.Advance(StepTimeout * 3);
        await Task.Delay(Eventually.SeveralPolls);
        await host.Harness.InactivityTask;

        (await host.Saga(returnId))!.CurrentState.ShouldBe("AwaitingApproval");
        (await host.Scheduled(validationToken))!.Status.ShouldBe(ScheduledMessageStatus.Cancelled);
        (await host.Scheduled(eligibilityToken))!.Status.ShouldBe(ScheduledMessageStatus.Cancelled);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task The_refund_is_stored_due_seven_days_after_the_label_and_sent_once_the_clock_gets_there(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await Start(database, options => options.RefundDelay = Week);
        var returnId = Guid.NewGuid();
        var labelAt = clock.GetUtcNow();
        await host.Publish(Requested(returnId));
        await host.WaitForState(returnId, "Validating");
        await host.Publish(new OrderValidated(returnId, Order));
        await host.WaitForState(returnId, "CheckingEligibility");
        await host.Publish(new ReturnEligible(returnId, "return-window", "10 days after purchase"));
        await host.WaitForState(returnId, "CreatingLabel");
        await host.Publish(new ReturnLabelCreated(returnId, "LBL-1", "1Z999", "http://carrier.test/LBL-1.pdf", labelAt));
        await host.WaitForState(returnId, "NotifyingAndRestocking");
        await host.Publish(new ReturnEmailSent(returnId, ReturnEmailKind.Confirmation, "ada@example.test"));
        await host.Publish(new ItemsMarkedReturning(returnId, 2));

        var pending = await host.WaitForState(returnId, "RefundPending");
        // PostgreSQL keeps microseconds, .NET ticks tenths of them.
        pending.RefundDueAt!.Value.ShouldBe(labelAt + Week, TimeSpan.FromMilliseconds(1));
        await host.WaitForScheduled(pending.RefundDueTokenId!.Value, ScheduledMessageStatus.Pending);
        (await host.Scheduled(pending.RefundDueTokenId!.Value))!.DueTime.ShouldBe((labelAt + Week).UtcDateTime, TimeSpan.FromMilliseconds(1));

        clock.Advance(Week - TimeSpan.FromHours(1));
        await Task.Delay(Eventually.SeveralPolls);
        (await host.Saga(returnId))!.CurrentState.ShouldBe("RefundPending");

        clock.Advance(TimeSpan.FromHours(2));
        var refunding = await host.WaitForState(returnId, "SchedulingRefund");
        refunding.RefundDueTokenId.ShouldBeNull();
        refunding.StepDeadlineTokenId.ShouldNotBeNull("the payment step now has a deadline of its own");
        await host.WaitForScheduled(pending.RefundDueTokenId!.Value, ScheduledMessageStatus.Delivered);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_deadline_is_written_and_cancelled_in_the_transitions_own_transaction_with_no_scheduler_message_on_the_bus(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await Start(database);
        var returnId = Guid.NewGuid();

        await host.Publish(Requested(returnId));
        var validating = await host.WaitForState(returnId, "Validating");
        var validationToken = validating.StepDeadlineTokenId!.Value;
        // Committed with the transition: the row is there the moment the new state is, not once a consumer got to it.
        (await host.Scheduled(validationToken)).ShouldNotBeNull().Status.ShouldBe(ScheduledMessageStatus.Pending);

        await host.Publish(new OrderValidated(returnId, Order));
        var checking = await host.WaitForState(returnId, "CheckingEligibility");
        (await host.Scheduled(validationToken))!.Status.ShouldBe(ScheduledMessageStatus.Cancelled);
        (await host.Scheduled(checking.StepDeadlineTokenId!.Value)).ShouldNotBeNull().Status.ShouldBe(ScheduledMessageStatus.Pending);

        // Read without waiting: the harness's lists as they are now.
        using var now = new CancellationTokenSource();
        await now.CancelAsync();
        host.Harness.Consumed.Select<MassTransit.Scheduling.ScheduleMessage>(now.Token).ShouldBeEmpty();
        host.Harness.Consumed.Select<MassTransit.Scheduling.CancelScheduledMessage>(now.Token).ShouldBeEmpty();
    }

    private Task<OrchestratorHost> Start(TestDatabase database, Action<Returns.Orchestrator.OrchestratorOptions>? configure = null) =>
        OrchestratorHost.Start(database.Options, clock, options =>
        {
            options.StepTimeout = StepTimeout;
            configure?.Invoke(options);
        });

    private static ReturnRequested Requested(Guid returnId) =>
        new(returnId, "ORD-1001", [new ReturnLine("SKU-MUG", 2)], "Too small", DateTimeOffset.UtcNow);

    private static readonly OrderSnapshot Order = new(
        "ORD-1001",
        DateTimeOffset.UtcNow.AddDays(-10),
        "EUR",
        new Customer("Ada Lovelace", "ada@example.test"),
        new Address("12 St James's Square", null, "London", "SW1Y 4JH", "GB"),
        [new OrderLine("SKU-MUG", "Mug", 2, 12.50m, false)]);
}
