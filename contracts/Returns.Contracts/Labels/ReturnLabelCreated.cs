namespace Returns.Contracts.Labels;

/// <summary>The carrier issued a return label.</summary>
public sealed record ReturnLabelCreated(
    Guid ReturnId,
    string LabelId,
    string TrackingNumber,
    string LabelUrl,
    DateTimeOffset CreatedAt);
