using MassTransit;
using Returns.Contracts;
using Returns.Contracts.Eligibility;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Contracts.Validation;

namespace Returns.Tests.Orchestrator;

/// <summary>Sample messages for one return, and shortcuts that walk it to a given state.</summary>
public sealed class SagaScenario(SagaSpecHarness spec)
{
    public Guid ReturnId { get; } = NewId.NextGuid();

    public static readonly DateTimeOffset LabelCreatedAt = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public OrderSnapshot Order { get; } = new(
        "ORD-1001",
        new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.Zero),
        "EUR",
        new Customer("Ada Lovelace", "ada@example.test"),
        new Address("12 St James's Square", null, "London", "SW1Y 4JH", "GB"),
        [new OrderLine("SKU-MUG", "Mug", 2, 12.50m, false), new OrderLine("SKU-TEE", "T-shirt", 1, 20.00m, false)]);

    public ReturnRequested Requested => new(ReturnId, "ORD-1001", [], "Too small", new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));

    public async Task ToValidating()
    {
        await spec.Publish(Requested);
        Assert.True(await spec.IsIn(ReturnId, m => m.Validating), "expected Validating");
    }

    public async Task ToCheckingEligibility()
    {
        await ToValidating();
        await spec.Publish(new OrderValidated(ReturnId, Order));
        Assert.True(await spec.IsIn(ReturnId, m => m.CheckingEligibility), "expected CheckingEligibility");
    }

    public async Task ToCreatingLabel()
    {
        await ToCheckingEligibility();
        await spec.Publish(new ReturnEligible(ReturnId, "return-window", "Requested 10 days after purchase"));
        Assert.True(await spec.IsIn(ReturnId, m => m.CreatingLabel), "expected CreatingLabel");
    }

    public async Task ToAwaitingApproval()
    {
        await ToCheckingEligibility();
        await spec.Publish(new ReturnNeedsApproval(ReturnId, "return-window", "Requested 75 days after purchase; the window is 60 days"));
        Assert.True(await spec.IsIn(ReturnId, m => m.AwaitingApproval), "expected AwaitingApproval");
    }

    public async Task ToNotifyingAndRestocking()
    {
        await ToCreatingLabel();
        await spec.Publish(new ReturnLabelCreated(ReturnId, "LBL-1", "1Z999", "http://carrier.test/LBL-1.pdf", LabelCreatedAt));
        Assert.True(await spec.IsIn(ReturnId, m => m.NotifyingAndRestocking), "expected NotifyingAndRestocking");
    }

    /// <summary>Email and inventory done; with a refund delay the return now waits for the due date.</summary>
    public async Task ToRefundPending(DateTimeOffset labelCreatedAt)
    {
        await ToCreatingLabel();
        await spec.Publish(new ReturnLabelCreated(ReturnId, "LBL-1", "1Z999", "http://carrier.test/LBL-1.pdf", labelCreatedAt));
        Assert.True(await spec.IsIn(ReturnId, m => m.NotifyingAndRestocking), "expected NotifyingAndRestocking");
        await spec.Publish(new ReturnEmailSent(ReturnId, ReturnEmailKind.Confirmation, "ada@example.test"));
        await spec.Publish(new ItemsMarkedReturning(ReturnId, 3));
        Assert.True(await spec.IsIn(ReturnId, m => m.RefundPending), "expected RefundPending");
    }

    /// <summary>Through RefundPending at once (the harness's refund delay is zero) to the refund being sent.</summary>
    public async Task ToSchedulingRefund()
    {
        await ToNotifyingAndRestocking();
        await spec.Publish(new ReturnEmailSent(ReturnId, ReturnEmailKind.Confirmation, "ada@example.test"));
        await spec.Publish(new ItemsMarkedReturning(ReturnId, 3));
        Assert.True(await spec.IsIn(ReturnId, m => m.SchedulingRefund), "expected SchedulingRefund");
    }
}
