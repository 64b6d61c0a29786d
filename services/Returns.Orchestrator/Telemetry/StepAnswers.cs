using Returns.Orchestrator.StateMachines;

namespace Returns.Orchestrator.Telemetry;

/// <summary>Which saga event, taken in which state, answers which step and how: the table behind returns.step.duration.</summary>
public static class StepAnswers
{
    public const string Succeeded = "succeeded";
    public const string Refused = "refused";
    public const string Faulted = "faulted";

    private static readonly Dictionary<(string State, string Event), (string Step, string Outcome)> Table = new()
    {
        [("Validating", "OrderValidated")] = (ReturnSteps.Validate, Succeeded),
        [("Validating", "OrderValidationFailed")] = (ReturnSteps.Validate, Refused),
        [("Validating", "ValidateOrderFaulted")] = (ReturnSteps.Validate, Faulted),
        [("CheckingEligibility", "ReturnEligible")] = (ReturnSteps.Eligibility, Succeeded),
        [("CheckingEligibility", "ReturnNeedsApproval")] = (ReturnSteps.Eligibility, Succeeded),
        [("CheckingEligibility", "ReturnIneligible")] = (ReturnSteps.Eligibility, Refused),
        [("CheckingEligibility", "CheckEligibilityFaulted")] = (ReturnSteps.Eligibility, Faulted),
        [("CreatingLabel", "ReturnLabelCreated")] = (ReturnSteps.Label, Succeeded),
        [("CreatingLabel", "ReturnLabelFailed")] = (ReturnSteps.Label, Refused),
        [("CreatingLabel", "CreateReturnLabelFaulted")] = (ReturnSteps.Label, Faulted),
        [("NotifyingAndRestocking", "ReturnEmailSent")] = (Confirmation, Succeeded),
        [("NotifyingAndRestocking", "ReturnEmailFailed")] = (Confirmation, Refused),
        [("NotifyingAndRestocking", "SendReturnConfirmationFaulted")] = (Confirmation, Faulted),
        [("NotifyingAndRestocking", "ItemsMarkedReturning")] = (ReturnSteps.Inventory, Succeeded),
        [("NotifyingAndRestocking", "ItemsMarkingFailed")] = (ReturnSteps.Inventory, Refused),
        [("NotifyingAndRestocking", "MarkItemsReturningFaulted")] = (ReturnSteps.Inventory, Faulted),
        [("SchedulingRefund", "RefundScheduled")] = (ReturnSteps.Refund, Succeeded),
        [("SchedulingRefund", "RefundSchedulingFailed")] = (ReturnSteps.Refund, Refused),
        [("SchedulingRefund", "ScheduleRefundFaulted")] = (ReturnSteps.Refund, Faulted),
        [("Compensating", "ReturnLabelVoided")] = (ReturnSteps.VoidLabel, Succeeded),
        [("Compensating", "ReturnLabelVoidFailed")] = (ReturnSteps.VoidLabel, Refused),
        [("Compensating", "VoidReturnLabelFaulted")] = (ReturnSteps.VoidLabel, Faulted),
        [("Compensating", "ReturningItemsReverted")] = (ReturnSteps.RevertInventory, Succeeded),
        [("Compensating", "ReturningItemsRevertFailed")] = (ReturnSteps.RevertInventory, Refused),
        [("Compensating", "RevertReturningItemsFaulted")] = (ReturnSteps.RevertInventory, Faulted),
        [("Compensating", "RefundCancelled")] = (ReturnSteps.CancelRefund, Succeeded),
        [("Compensating", "RefundCancellationFailed")] = (ReturnSteps.CancelRefund, Refused),
        [("Compensating", "CancelRefundFaulted")] = (ReturnSteps.CancelRefund, Faulted),
    };

    // Compensations go out one after another within Compensating: each is sent when the previous one is confirmed.
    private static readonly HashSet<string> CompensationConfirmed = ["ReturnLabelVoided", "ReturningItemsReverted", "RefundCancelled"];

    private const string Confirmation = Contracts.ReturnQueues.SendReturnConfirmation;

    /// <summary>The step <paramref name="eventName"/> answers while the return is as it is now, or null when it answers none it waits for.</summary>
    public static (string Step, string Outcome)? Answered(ReturnState saga, string eventName)
    {
        if (!Table.TryGetValue((saga.CurrentState, eventName), out var answer))
        {
            return null;
        }

        var awaited = answer.Step switch
        {
            Confirmation => saga.EmailStatus is null,
            ReturnSteps.Inventory => !saga.ItemsMarked,
            ReturnSteps.VoidLabel or ReturnSteps.RevertInventory or ReturnSteps.CancelRefund => saga.NextCompensation() == answer.Step,
            _ => true,
        };
        return awaited ? answer : null;
    }

    /// <summary>When the saga sent the command now answered: on entering the state that waits for it, or for a compensation after the previous one's confirmation.</summary>
    public static DateTimeOffset? SentAt(ReturnState saga)
    {
        for (var i = saga.Timeline.Count - 1; i >= 0; i--)
        {
            var entry = saga.Timeline[i];
            if ((entry.From != entry.To && entry.To == saga.CurrentState)
                || (saga.CurrentState == "Compensating" && CompensationConfirmed.Contains(entry.Event)))
            {
                return entry.At;
            }
        }

        return null;
    }
}
