namespace Returns.LoadGenerator.Load;

/// <summary>The step events the observer listens to, by the name the report uses, and the outcome those that end a return stand for.</summary>
public static class StepEvents
{
    public const string Validated = "OrderValidated";
    public const string Eligible = "ReturnEligible";
    public const string LabelCreated = "ReturnLabelCreated";
    public const string EmailSent = "ReturnEmailSent";
    public const string ItemsMarked = "ItemsMarkedReturning";
    public const string RefundScheduled = "RefundScheduled";

    /// <summary>The saga's last input on the happy path: it takes the return to Completed.</summary>
    public const string Completed = "Completed";

    /// <summary>
    /// Each step as the report shows it: from which event (null: the submission) to which. Email and inventory
    /// both start at the label; the refund starts when the later of the two arrived and includes the wait for
    /// its due date (the refund delay plus the durable scheduler's poll).
    /// </summary>
    public static readonly IReadOnlyList<(string Step, string[] From, string To)> Steps =
    [
        ("validate", [], Validated),
        ("eligibility", [Validated], Eligible),
        ("label", [Eligible], LabelCreated),
        ("email", [LabelCreated], EmailSent),
        ("inventory", [LabelCreated], ItemsMarked),
        ("refund (due wait included)", [EmailSent, ItemsMarked], RefundScheduled),
    ];
}
