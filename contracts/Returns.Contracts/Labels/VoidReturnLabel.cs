namespace Returns.Contracts.Labels;

/// <summary>Compensation: void a label issued earlier so the carrier does not bill it.</summary>
public sealed record VoidReturnLabel(Guid ReturnId, string LabelId);
