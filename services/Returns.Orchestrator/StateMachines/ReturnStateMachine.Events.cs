using System.Linq.Expressions;
using MassTransit;
using Returns.Contracts;
using Returns.Contracts.Decisions;
using Returns.Contracts.Eligibility;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Notifications;
using Returns.Contracts.Refunds;
using Returns.Contracts.Status;
using Returns.Contracts.Validation;

namespace Returns.Orchestrator.StateMachines;

public sealed partial class ReturnStateMachine
{
    public Event<ReturnRequested> ReturnRequested { get; private set; } = null!;

    public Event<OrderValidated> OrderValidated { get; private set; } = null!;
    public Event<OrderValidationFailed> OrderValidationFailed { get; private set; } = null!;
    public Event<Fault<ValidateOrder>> ValidateOrderFaulted { get; private set; } = null!;

    public Event<ReturnEligible> ReturnEligible { get; private set; } = null!;
    public Event<ReturnIneligible> ReturnIneligible { get; private set; } = null!;
    public Event<ReturnNeedsApproval> ReturnNeedsApproval { get; private set; } = null!;
    public Event<Fault<CheckEligibility>> CheckEligibilityFaulted { get; private set; } = null!;

    public Event<ReturnLabelCreated> ReturnLabelCreated { get; private set; } = null!;
    public Event<ReturnLabelFailed> ReturnLabelFailed { get; private set; } = null!;
    public Event<Fault<CreateReturnLabel>> CreateReturnLabelFaulted { get; private set; } = null!;

    public Event<ReturnEmailSent> ReturnEmailSent { get; private set; } = null!;
    public Event<ReturnEmailFailed> ReturnEmailFailed { get; private set; } = null!;
    public Event<Fault<SendReturnConfirmation>> SendReturnConfirmationFaulted { get; private set; } = null!;

    public Event<ItemsMarkedReturning> ItemsMarkedReturning { get; private set; } = null!;
    public Event<ItemsMarkingFailed> ItemsMarkingFailed { get; private set; } = null!;
    public Event<Fault<MarkItemsReturning>> MarkItemsReturningFaulted { get; private set; } = null!;

    public Event<RefundScheduled> RefundScheduled { get; private set; } = null!;
    public Event<RefundSchedulingFailed> RefundSchedulingFailed { get; private set; } = null!;
    public Event<Fault<ScheduleRefund>> ScheduleRefundFaulted { get; private set; } = null!;

    public Event<ReturnLabelVoided> ReturnLabelVoided { get; private set; } = null!;
    public Event<ReturnLabelVoidFailed> ReturnLabelVoidFailed { get; private set; } = null!;
    public Event<Fault<VoidReturnLabel>> VoidReturnLabelFaulted { get; private set; } = null!;
    public Event<ReturningItemsReverted> ReturningItemsReverted { get; private set; } = null!;
    public Event<ReturningItemsRevertFailed> ReturningItemsRevertFailed { get; private set; } = null!;
    public Event<Fault<RevertReturningItems>> RevertReturningItemsFaulted { get; private set; } = null!;
    public Event<RefundCancelled> RefundCancelled { get; private set; } = null!;
    public Event<RefundCancellationFailed> RefundCancellationFailed { get; private set; } = null!;
    public Event<Fault<CancelRefund>> CancelRefundFaulted { get; private set; } = null!;

    public Event<ApproveReturn> ApproveReturn { get; private set; } = null!;
    public Event<DenyReturn> DenyReturn { get; private set; } = null!;
    public Event<RetryReturnStep> RetryReturnStep { get; private set; } = null!;
    public Event<CancelReturn> CancelReturn { get; private set; } = null!;
    public Event<ResolveReturn> ResolveReturn { get; private set; } = null!;

    public Event<GetReturnStatus> GetReturnStatus { get; private set; } = null!;

    private void DeclareEvents()
    {
        Event(() => ReturnRequested, e =>
        {
            e.CorrelateById(c => c.Message.ReturnId);
            e.InsertOnInitial = true;
            e.SetSagaFactory(c => new ReturnState { CorrelationId = c.Message.ReturnId });
        });

        StepReply(() => OrderValidated, m => m.ReturnId);
        StepReply(() => OrderValidationFailed, m => m.ReturnId);
        StepReply(() => ValidateOrderFaulted, m => m.Message.ReturnId);
        StepReply(() => ReturnEligible, m => m.ReturnId);
        StepReply(() => ReturnIneligible, m => m.ReturnId);
        StepReply(() => ReturnNeedsApproval, m => m.ReturnId);
        StepReply(() => CheckEligibilityFaulted, m => m.Message.ReturnId);
        StepReply(() => ReturnLabelCreated, m => m.ReturnId);
        StepReply(() => ReturnLabelFailed, m => m.ReturnId);
        StepReply(() => CreateReturnLabelFaulted, m => m.Message.ReturnId);
        StepReply(() => ReturnEmailSent, m => m.ReturnId);
        StepReply(() => ReturnEmailFailed, m => m.ReturnId);
        StepReply(() => SendReturnConfirmationFaulted, m => m.Message.ReturnId);
        StepReply(() => ItemsMarkedReturning, m => m.ReturnId);
        StepReply(() => ItemsMarkingFailed, m => m.ReturnId);
        StepReply(() => MarkItemsReturningFaulted, m => m.Message.ReturnId);
        StepReply(() => RefundScheduled, m => m.ReturnId);
        StepReply(() => RefundSchedulingFailed, m => m.ReturnId);
        StepReply(() => ScheduleRefundFaulted, m => m.Message.ReturnId);
        StepReply(() => ReturnLabelVoided, m => m.ReturnId);
        StepReply(() => ReturnLabelVoidFailed, m => m.ReturnId);
        StepReply(() => VoidReturnLabelFaulted, m => m.Message.ReturnId);
        StepReply(() => ReturningItemsReverted, m => m.ReturnId);
        StepReply(() => ReturningItemsRevertFailed, m => m.ReturnId);
        StepReply(() => RevertReturningItemsFaulted, m => m.Message.ReturnId);
        StepReply(() => RefundCancelled, m => m.ReturnId);
        StepReply(() => RefundCancellationFailed, m => m.ReturnId);
        StepReply(() => CancelRefundFaulted, m => m.Message.ReturnId);

        Question(() => ApproveReturn, m => m.ReturnId);
        Question(() => DenyReturn, m => m.ReturnId);
        Question(() => RetryReturnStep, m => m.ReturnId);
        Question(() => CancelReturn, m => m.ReturnId);
        Question(() => ResolveReturn, m => m.ReturnId);
        Question(() => GetReturnStatus, m => m.ReturnId, readOnly: true);
    }

    /// <summary>
    /// A step's answer. One for a return the saga does not know faults, so it is kept in the
    /// _error queue for a look rather than silently dropped (MassTransit's default).
    /// </summary>
    private void StepReply<T>(Expression<Func<Event<T>>> property, Func<T, Guid> returnId)
        where T : class =>
        Event(property, e =>
        {
            e.CorrelateById(c => returnId(c.Message));
            e.OnMissingInstance(m => m.Fault());
        });

    /// <summary>A message someone waits an answer to: an unknown return is answered with ReturnNotFound.</summary>
    private void Question<T>(Expression<Func<Event<T>>> property, Func<T, Guid> returnId, bool readOnly = false)
        where T : class =>
        Event(property, e =>
        {
            e.CorrelateById(c => returnId(c.Message));
            e.ReadOnly = readOnly;
            e.OnMissingInstance(m => m.ExecuteAsync(c => c.RespondAsync(new ReturnNotFound(returnId(c.Message)))));
        });
}
