using MassTransit;
using Returns.Contracts;
using Returns.Contracts.Model;
using Returns.Orchestrator.Deadlines;

namespace Returns.Orchestrator.StateMachines;

public sealed partial class ReturnStateMachine
{
    private void DefineForwardPath()
    {
        Initially(
            When(ReturnRequested)
                .Then(c =>
                {
                    var saga = c.Saga;
                    // The column holds what the rules allow; a longer number is rejected below anyway.
                    saga.OrderNumber = Clip(c.Message.OrderNumber ?? string.Empty, ReturnRequestRules.MaxOrderNumberLength);
                    saga.Reason = c.Message.Reason ?? string.Empty;
                    saga.RequestedAt = c.Message.RequestedAt;
                    saga.RequestedLines = (c.Message.Lines ?? []).Where(l => l is not null).ToList();
                    saga.UpdatedAt = Now;
                    saga.Note($"Order {saga.OrderNumber}: {saga.Reason}");
                })
                .IfElse(c => ReturnRequestRules.Problems(c.Message).Count > 0,
                    invalid => invalid
                        .Then(c => Reject(c.Saga, "Invalid request: " + string.Join("; ", ReturnRequestRules.Problems(c.Message))))
                        .TransitionTo(Rejected),
                    valid => valid
                        .Send(ValidateOrderQueue, c => StepCommands.Validate(c.Saga))
                        .TransitionTo(Validating)));

        During(Validating,
            When(OrderValidated)
                .Then(c =>
                {
                    c.Saga.Order = c.Message.Order;
                    c.Saga.Note($"{c.Message.Order.Lines.Count} line(s), purchased {c.Message.Order.PurchasedAt:yyyy-MM-dd}");
                })
                .Send(CheckEligibilityQueue, c => StepCommands.CheckEligibility(c.Saga))
                .TransitionTo(CheckingEligibility),
            // The order may not exist, so there is nobody to email about it.
            When(OrderValidationFailed)
                .Then(c => Reject(c.Saga, c.Message.Reason))
                .TransitionTo(Rejected),
            When(ValidateOrderFaulted)
                .Then(c => NeedAttention(c.Saga, ReturnSteps.Validate, FaultReason(c.Message)))
                .TransitionTo(NeedsAttention));

        During(CheckingEligibility,
            When(ReturnEligible)
                .Then(c => c.Saga.Note($"{c.Message.Rule}: {c.Message.Details}"))
                .Send(CreateLabelQueue, c => StepCommands.CreateLabel(c.Saga))
                .TransitionTo(CreatingLabel),
            When(ReturnIneligible)
                .Then(c => Reject(c.Saga, $"{c.Message.Rule}: {c.Message.Reason}"))
                .Send(RejectionQueue, c => StepCommands.Rejection(c.Saga))
                .TransitionTo(Rejected),
            When(ReturnNeedsApproval)
                .Then(c =>
                {
                    c.Saga.StatusReason = $"{c.Message.Rule}: {c.Message.Reason}";
                    c.Saga.Note(c.Saga.StatusReason);
                })
                .TransitionTo(AwaitingApproval),
            When(CheckEligibilityFaulted)
                .Then(c => NeedAttention(c.Saga, ReturnSteps.Eligibility, FaultReason(c.Message)))
                .TransitionTo(NeedsAttention));

        During(CreatingLabel,
            When(ReturnLabelCreated)
                .Then(c =>
                {
                    var saga = c.Saga;
                    saga.LabelId = c.Message.LabelId;
                    saga.TrackingNumber = c.Message.TrackingNumber;
                    saga.LabelUrl = c.Message.LabelUrl;
                    saga.LabelCreatedAt = c.Message.CreatedAt;
                    saga.MarkCompleted(ReturnSteps.Label);
                    saga.Note($"Label {c.Message.LabelId}, tracking {c.Message.TrackingNumber}");
                })
                // Email and inventory do not depend on each other: both go out now and are joined below.
                .Send(ConfirmationQueue, c => StepCommands.Confirmation(c.Saga))
                .Send(MarkItemsQueue, c => StepCommands.MarkItems(c.Saga))
                .TransitionTo(NotifyingAndRestocking),
            When(ReturnLabelFailed)
                .Then(c => BeginCompensation(c.Saga, $"The carrier refused the label: {c.Message.Reason}"))
                .ThenCompensateNext(this),
            When(CreateReturnLabelFaulted)
                .Then(c => NeedAttention(c.Saga, ReturnSteps.Label, FaultReason(c.Message)))
                .TransitionTo(NeedsAttention));

        During(NotifyingAndRestocking,
            When(ReturnEmailSent, c => c.Message.Kind == ReturnEmailKind.Confirmation)
                .Then(c => c.Saga.EmailStatus = "sent")
                .Then(c => c.Saga.Record(Now, nameof(ReturnEmailSent), "Confirmation email sent"))
                .ThenScheduleRefundWhenJoined(this),
            When(ReturnEmailFailed, c => c.Message.Kind == ReturnEmailKind.Confirmation)
                .Then(c => EmailFailed(c.Saga, nameof(ReturnEmailFailed), c.Message.Reason))
                .ThenResendConfirmationLater(this)
                .ThenScheduleRefundWhenJoined(this),
            When(SendReturnConfirmationFaulted)
                .Then(c => EmailFailed(c.Saga, nameof(SendReturnConfirmationFaulted), FaultReason(c.Message)))
                .ThenResendConfirmationLater(this)
                .ThenScheduleRefundWhenJoined(this),
            When(ItemsMarkedReturning)
                .Then(c =>
                {
                    c.Saga.ItemsMarked = true;
                    c.Saga.MarkCompleted(ReturnSteps.Inventory);
                    c.Saga.Record(Now, nameof(ItemsMarkedReturning), $"{c.Message.Units} unit(s) marked as returning");
                })
                .ThenScheduleRefundWhenJoined(this),
            When(ItemsMarkingFailed)
                .Then(c => BeginCompensation(c.Saga, $"Inventory could not mark the items: {c.Message.Reason}"))
                .ThenCompensateNext(this),
            When(MarkItemsReturningFaulted)
                .Then(c => BeginCompensation(c.Saga, $"Inventory failed after retries: {FaultReason(c.Message)}"))
                .ThenCompensateNext(this));

        During(RefundPending,
            When(RefundDue.Received)
                .Then(c => c.Saga.Note($"Refund due since {c.Message.DueAt:u}"))
                .Send(ScheduleRefundQueue, c => StepCommands.Refund(c.Saga))
                .TransitionTo(SchedulingRefund));

        During(SchedulingRefund,
            When(RefundScheduled)
                .Then(c =>
                {
                    var saga = c.Saga;
                    saga.RefundId = c.Message.RefundId;
                    saga.RefundAmount = c.Message.Amount;
                    saga.RefundDueAt = c.Message.DueAt;
                    saga.MarkCompleted(ReturnSteps.Refund);
                    saga.StatusReason = null;
                    saga.Note($"Refund {c.Message.RefundId} of {c.Message.Amount} {c.Message.Currency} due {c.Message.DueAt:yyyy-MM-dd}");
                })
                .TransitionTo(Completed),
            When(RefundSchedulingFailed)
                .Then(c => BeginCompensation(c.Saga, $"The payment provider refused the refund: {c.Message.Reason}"))
                .ThenCompensateNext(this),
            When(ScheduleRefundFaulted)
                .Then(c => BeginCompensation(c.Saga, $"Scheduling the refund failed after retries: {FaultReason(c.Message)}"))
                .ThenCompensateNext(this));
    }

    /// <summary>
    /// Joins the parallel email and inventory steps: once both have settled the return waits for the
    /// refund's due date (the label's time plus the refund delay, when the parcel is expected back).
    /// </summary>
    internal EventActivityBinder<ReturnState, T> ScheduleRefundWhenJoined<T>(EventActivityBinder<ReturnState, T> binder)
        where T : class =>
        binder.If(c => c.Saga.LabelFollowUpsDone(), joined => joined
            .Then(c =>
            {
                var saga = c.Saga;
                saga.RefundDueAt = (saga.LabelCreatedAt ?? Now) + refundDelay;
                saga.Note($"Email {saga.EmailStatus}; items marked returning; refund due {saga.RefundDueAt:u}");
            })
            .Schedule(RefundDue, c => new RefundFallsDue(c.Saga.CorrelationId, c.Saga.RefundDueAt!.Value), c => c.Saga.RefundDueAt!.Value.UtcDateTime)
            .TransitionTo(RefundPending));

    private void EmailFailed(ReturnState saga, string @event, string reason)
    {
        // A failed confirmation never holds the return up; it is recorded for a resend.
        saga.EmailStatus = $"failed: {reason}";
        saga.Record(Now, @event, $"Confirmation email failed: {reason}");
    }

    private static void Reject(ReturnState saga, string reason)
    {
        saga.StatusReason = reason;
        saga.Note(reason);
    }

    private static void NeedAttention(ReturnState saga, string step, string reason)
    {
        saga.FailedStep = step;
        saga.StatusReason = $"{step} failed: {reason}";
        saga.Note(saga.StatusReason);
    }

    private static string Clip(string value, int maxLength) => value.Length <= maxLength ? value : value[..maxLength];
}
