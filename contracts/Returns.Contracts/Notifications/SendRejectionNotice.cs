namespace Returns.Contracts.Notifications;

/// <summary>Email the customer that their return was refused, and why.</summary>
public sealed record SendRejectionNotice(Guid ReturnId, string OrderNumber, Customer Customer, string Reason);
