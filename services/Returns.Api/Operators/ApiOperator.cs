namespace Returns.Api.Operators;

/// <summary>One operator allowed to write through the API: the name the timeline records, and the key they send as a bearer token.</summary>
public sealed class ApiOperator
{
    public string Name { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;
}
