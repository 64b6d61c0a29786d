namespace Returns.Labels.Carrier;

/// <summary>A label as the carrier describes it.</summary>
public sealed record CarrierLabel(string LabelId, string TrackingNumber, string LabelUrl, DateTimeOffset CreatedAt, string Status);
