namespace Returns.Contracts.Notifications;

/// <summary>Compensation: email the customer that their return was cancelled, and why.</summary>
public sealed record SendCancellationNotice(Guid ReturnId, string OrderNumber, Customer Customer, string Reason);
