namespace Returns.Contracts.Refunds;

/// <summary>Schedule the refund with the payment provider, due when the parcel is expected back.</summary>
public sealed record ScheduleRefund(
    Guid ReturnId,
    string OrderNumber,
    decimal Amount,
    string Currency,
    DateTimeOffset DueAt);
