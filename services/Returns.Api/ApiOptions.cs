namespace Returns.Api;

/// <summary>HTTP-facing limits of the API, bound from the "Api" section.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>How long the API waits for the orchestrator to answer a query or a decision.</summary>
    public int RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>Largest request body accepted; a return request is a few hundred bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
