namespace Returns.Contracts.Labels;

/// <summary>The carrier refused to issue a label.</summary>
public sealed record ReturnLabelFailed(Guid ReturnId, string Reason);
