namespace Returns.Hosting.Http;

/// <summary>An external HTTP API a step calls, bound from "External:{Name}".</summary>
public sealed class ExternalServiceOptions
{
    public Uri? BaseAddress { get; set; }
    public ResilienceOptions Resilience { get; set; } = new();
}
