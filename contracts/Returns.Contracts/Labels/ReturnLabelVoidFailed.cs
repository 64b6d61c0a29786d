namespace Returns.Contracts.Labels;

/// <summary>The carrier refused to void the label.</summary>
public sealed record ReturnLabelVoidFailed(Guid ReturnId, string LabelId, string Reason);
