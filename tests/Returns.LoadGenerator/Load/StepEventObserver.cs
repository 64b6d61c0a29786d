using MassTransit;
using Returns.Contracts.Eligibility;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Contracts.Refunds;
using Returns.Contracts.Validation;

namespace Returns.LoadGenerator.Load;

/// <summary>
/// Listens to the step services' events on a queue of its own (bound to their exchanges, as the saga's
/// queue is), so the generator learns where each return is without asking the API or the database: the
/// events the saga acts on reach it at the same moment. RefundScheduled is the saga's last input on the
/// happy path; a refusal ends a return elsewhere (Rejected, AwaitingApproval, compensated to Cancelled).
/// </summary>
public sealed class StepEventObserver(ReturnTracker tracker) :
    IConsumer<OrderValidated>,
    IConsumer<OrderValidationFailed>,
    IConsumer<ReturnEligible>,
    IConsumer<ReturnIneligible>,
    IConsumer<ReturnNeedsApproval>,
    IConsumer<ReturnLabelCreated>,
    IConsumer<ReturnLabelFailed>,
    IConsumer<ReturnEmailSent>,
    IConsumer<ItemsMarkedReturning>,
    IConsumer<ItemsMarkingFailed>,
    IConsumer<RefundScheduled>,
    IConsumer<RefundSchedulingFailed>
{
    public Task Consume(ConsumeContext<OrderValidated> context) => Seen(context, context.Message.ReturnId, StepEvents.Validated);

    public Task Consume(ConsumeContext<OrderValidationFailed> context) => Seen(context, context.Message.ReturnId, nameof(OrderValidationFailed), "Rejected");

    public Task Consume(ConsumeContext<ReturnEligible> context) => Seen(context, context.Message.ReturnId, StepEvents.Eligible);

    public Task Consume(ConsumeContext<ReturnIneligible> context) => Seen(context, context.Message.ReturnId, nameof(ReturnIneligible), "Rejected");

    public Task Consume(ConsumeContext<ReturnNeedsApproval> context) => Seen(context, context.Message.ReturnId, nameof(ReturnNeedsApproval), "AwaitingApproval");

    public Task Consume(ConsumeContext<ReturnLabelCreated> context) => Seen(context, context.Message.ReturnId, StepEvents.LabelCreated);

    public Task Consume(ConsumeContext<ReturnLabelFailed> context) => Seen(context, context.Message.ReturnId, nameof(ReturnLabelFailed), "Cancelled");

    // Only the confirmation belongs to the forward path; rejection and cancellation notices come after an outcome.
    public Task Consume(ConsumeContext<ReturnEmailSent> context) =>
        context.Message.Kind == ReturnEmailKind.Confirmation ? Seen(context, context.Message.ReturnId, StepEvents.EmailSent) : Task.CompletedTask;

    public Task Consume(ConsumeContext<ItemsMarkedReturning> context) => Seen(context, context.Message.ReturnId, StepEvents.ItemsMarked);

    public Task Consume(ConsumeContext<ItemsMarkingFailed> context) => Seen(context, context.Message.ReturnId, nameof(ItemsMarkingFailed), "Cancelled");

    public Task Consume(ConsumeContext<RefundScheduled> context) => Seen(context, context.Message.ReturnId, StepEvents.RefundScheduled, StepEvents.Completed);

    public Task Consume(ConsumeContext<RefundSchedulingFailed> context) => Seen(context, context.Message.ReturnId, nameof(RefundSchedulingFailed), "Cancelled");

    private Task Seen(ConsumeContext context, Guid returnId, string @event, string? outcome = null)
    {
        tracker.Observe(returnId, @event, outcome, context.ReceiveContext.Body.Length);
        return Task.CompletedTask;
    }
}
