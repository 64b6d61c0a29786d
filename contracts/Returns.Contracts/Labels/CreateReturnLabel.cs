namespace Returns.Contracts.Labels;

/// <summary>Ask the carrier for a prepaid return label from the customer's address.</summary>
public sealed record CreateReturnLabel(
    Guid ReturnId,
    string OrderNumber,
    Customer Customer,
    Address From,
    int ItemCount);
