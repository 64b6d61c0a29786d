using Returns.Api.Operators;

namespace Returns.Api;

/// <summary>HTTP-facing limits and the operators of the API, bound from the "Api" section.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>How long the API waits for the orchestrator to answer a query or a decision.</summary>
    public int RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>Largest request body accepted; a return request is a few hundred bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Who may write (submit returns, decide): a name recorded on the timeline and a key sent as a bearer token.
    /// None are configured by default; the local run, the tests and compose supply them (Api__Operators__0__Name/Key).
    /// </summary>
    public List<ApiOperator> Operators { get; set; } = [];
}
