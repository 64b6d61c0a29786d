using Returns.Contracts;

namespace Returns.Orchestrator.StateMachines;

/// <summary>Names of the steps the saga tracks for compensation and for an operator's retry.</summary>
public static class ReturnSteps
{
    public const string Validate = ReturnQueues.ValidateOrder;
    public const string Eligibility = ReturnQueues.CheckEligibility;
    public const string Label = ReturnQueues.CreateReturnLabel;
    public const string Inventory = ReturnQueues.MarkItemsReturning;
    public const string Refund = ReturnQueues.ScheduleRefund;

    public const string VoidLabel = ReturnQueues.VoidReturnLabel;
    public const string RevertInventory = ReturnQueues.RevertReturningItems;
    public const string CancelRefund = ReturnQueues.CancelRefund;

    /// <summary>The compensation that undoes a completed step.</summary>
    public static string CompensationOf(string step) => step switch
    {
        Label => VoidLabel,
        Inventory => RevertInventory,
        Refund => CancelRefund,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "This step has nothing to undo."),
    };

    public static bool IsCompensation(string? step) => step is VoidLabel or RevertInventory or CancelRefund;
}
