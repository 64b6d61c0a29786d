namespace Returns.Labels.Carrier;

/// <summary>The carrier's answer to a void: the label and its status now.</summary>
public sealed record VoidedLabel(string LabelId, string Status);
