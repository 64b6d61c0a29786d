namespace Returns.Contracts.Notifications;

/// <summary>Email the customer their return label and what they are sending back.</summary>
public sealed record SendReturnConfirmation(
    Guid ReturnId,
    string OrderNumber,
    Customer Customer,
    string TrackingNumber,
    string LabelUrl,
    IReadOnlyList<OrderLine> Lines,
    decimal RefundAmount,
    string Currency);
