namespace Returns.Contracts;

/// <summary>
/// The queue each step service listens on. Step services name their endpoints from here and the
/// saga sends its commands here, so the two sides cannot drift apart.
/// </summary>
public static class ReturnQueues
{
    public const string Orchestrator = "return-saga";
    public const string ReturnQueries = "return-queries";
    public const string ValidateOrder = "validate-order";
    public const string CheckEligibility = "check-eligibility";
    public const string CreateReturnLabel = "create-return-label";
    public const string VoidReturnLabel = "void-return-label";
    public const string SendReturnConfirmation = "send-return-confirmation";
    public const string SendRejectionNotice = "send-rejection-notice";
    public const string SendCancellationNotice = "send-cancellation-notice";
    public const string SendEscalationNotice = "send-escalation-notice";
    public const string MarkItemsReturning = "mark-items-returning";
    public const string RevertReturningItems = "revert-returning-items";
    public const string ScheduleRefund = "schedule-refund";
    public const string CancelRefund = "cancel-refund";

    /// <summary>Return requests as plain JSON (no MassTransit envelope), e.g. pasted into the RabbitMQ UI; the Api checks them and publishes ReturnRequested.</summary>
    public const string ReturnIntake = "return-intake";

    /// <summary>Human decisions as plain JSON ({"returnId","decision","actor","reason"}); the Api puts each to the saga like the HTTP decision endpoints.</summary>
    public const string DecisionIntake = "decision-intake";

    /// <summary>The address MassTransit resolves to the named queue on whichever transport is in use.</summary>
    public static Uri Address(string queue) => new($"queue:{queue}");
}
