namespace Returns.Demo;

/// <summary>The returns the demo submits, one per outcome the system can reach on its own.</summary>
public static class DemoCases
{
    /// <summary>The order whose refund the demo makes the sandbox's payment API refuse.</summary>
    public const string RefusedRefundOrder = "ORD-1003";

    public static readonly IReadOnlyList<DemoCase> All =
    [
        new("Recent order: every step succeeds", "ORD-1001", "Wrong size", "Completed"),
        new("Final-sale item: ineligible", "ORD-3001", "Changed my mind", "Rejected"),
        new("Bought 75 days ago: a manager must approve", "ORD-2001", "Stopped working", "AwaitingApproval"),
        new("Payment provider refuses the refund: compensated", RefusedRefundOrder, "Arrived damaged", "Cancelled"),
    ];
}
