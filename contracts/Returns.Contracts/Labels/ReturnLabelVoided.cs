namespace Returns.Contracts.Labels;

/// <summary>The label is void (or was already).</summary>
public sealed record ReturnLabelVoided(Guid ReturnId, string LabelId);
