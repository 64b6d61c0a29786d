namespace Returns.Contracts.Refunds;

/// <summary>Compensation: cancel a scheduled refund before it is paid out.</summary>
public sealed record CancelRefund(Guid ReturnId, string RefundId);
