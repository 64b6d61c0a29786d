namespace Returns.Tests.Compose;

/// <summary>One variable a compose value refers to, and how: bare, with a default, or required.</summary>
public sealed record VariableReference(string Name, string Operator)
{
    /// <summary>Compose would put an empty string in silently when the variable is not set.</summary>
    public bool IsBare => Operator == "";
}
