using Returns.Contracts.Eligibility;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Contracts.Refunds;
using Returns.Contracts.Validation;

namespace Returns.Orchestrator.StateMachines;

/// <summary>
/// Builds each step's command from what the saga holds, so the first send, a retry by an operator
/// and a compensation all say exactly the same thing.
/// </summary>
public static class StepCommands
{
    public static ValidateOrder Validate(ReturnState saga) =>
        new(saga.CorrelationId, saga.OrderNumber, saga.RequestedLines);

    public static CheckEligibility CheckEligibility(ReturnState saga) =>
        new(saga.CorrelationId, OrderOf(saga), saga.RequestedAt);

    public static CreateReturnLabel CreateLabel(ReturnState saga)
    {
        var order = OrderOf(saga);
        return new(saga.CorrelationId, order.OrderNumber, order.Customer, order.ShippingAddress, order.Lines.Sum(l => l.Quantity));
    }

    public static SendReturnConfirmation Confirmation(ReturnState saga)
    {
        var order = OrderOf(saga);
        return new(saga.CorrelationId, order.OrderNumber, order.Customer, saga.TrackingNumber ?? string.Empty,
            saga.LabelUrl ?? string.Empty, order.Lines, order.RefundTotal(), order.Currency);
    }

    public static MarkItemsReturning MarkItems(ReturnState saga) =>
        new(saga.CorrelationId, saga.OrderNumber, OrderOf(saga).Lines.Select(l => new ReturnLine(l.Sku, l.Quantity)).ToList());

    /// <summary>Sent once the refund has fallen due (the saga held it until then), so the provider pays it now.</summary>
    public static ScheduleRefund Refund(ReturnState saga)
    {
        var order = OrderOf(saga);
        return new(saga.CorrelationId, order.OrderNumber, order.RefundTotal(), order.Currency, saga.RefundDueAt ?? saga.UpdatedAt);
    }

    public static VoidReturnLabel VoidLabel(ReturnState saga) => new(saga.CorrelationId, saga.LabelId ?? string.Empty);

    public static RevertReturningItems RevertItems(ReturnState saga) => new(saga.CorrelationId);

    public static CancelRefund CancelRefund(ReturnState saga) => new(saga.CorrelationId, saga.RefundId ?? string.Empty);

    public static SendRejectionNotice Rejection(ReturnState saga) =>
        new(saga.CorrelationId, saga.OrderNumber, OrderOf(saga).Customer, saga.StatusReason ?? "The return was refused.");

    public static SendCancellationNotice Cancellation(ReturnState saga) =>
        new(saga.CorrelationId, saga.OrderNumber, OrderOf(saga).Customer, saga.CancellationReason ?? "The return was cancelled.");

    private static OrderSnapshot OrderOf(ReturnState saga) =>
        saga.Order ?? throw new InvalidOperationException($"Return {saga.CorrelationId} has no validated order yet.");
}
