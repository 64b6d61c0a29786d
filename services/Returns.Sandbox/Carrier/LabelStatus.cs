namespace Returns.Sandbox.Carrier;

/// <summary>The states of a return label.</summary>
public static class LabelStatus
{
    public const string Active = "active";
    public const string Void = "void";
}
