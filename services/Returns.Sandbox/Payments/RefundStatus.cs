namespace Returns.Sandbox.Payments;

/// <summary>The states of a refund.</summary>
public static class RefundStatus
{
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";
}
