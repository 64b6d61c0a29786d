namespace Returns.Sandbox.Carrier;

/// <summary>The answer to voiding a label.</summary>
public sealed record LabelVoided(string LabelId, string Status);
