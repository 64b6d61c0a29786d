using Returns.Contracts.Model;

namespace Returns.Labels.Carrier;

/// <summary>Body of POST /carrier/labels.</summary>
public sealed record LabelRequest(string OrderNumber, string CustomerName, Address From, int ItemCount);
