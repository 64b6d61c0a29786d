namespace Returns.Api.Returns;

/// <summary>
/// The saga's state names, which a search may filter on. The API does not reference the orchestrator,
/// so they are listed here; a spec holds them to the state machine.
/// </summary>
public static class ReturnStateNames
{
    public static readonly IReadOnlyList<string> All =
    [
        "Validating", "CheckingEligibility", "AwaitingApproval", "CreatingLabel", "NotifyingAndRestocking",
        "RefundPending", "SchedulingRefund", "Completed", "Rejected", "Compensating", "Cancelled", "NeedsAttention", "Resolved",
    ];

    /// <summary>The name as the saga writes it, whatever the case it was asked for in.</summary>
    public static string? Find(string name) => All.FirstOrDefault(s => string.Equals(s, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
