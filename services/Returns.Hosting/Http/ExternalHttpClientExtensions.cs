using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Returns.Hosting.Http;

public static class ExternalHttpClientExtensions
{
    /// <summary>A typed HttpClient for the external system configured under "External:{name}", guarded by Polly.</summary>
    public static IHttpClientBuilder AddExternalHttpClient<TClient, TImplementation>(this IHostApplicationBuilder builder, string name)
        where TClient : class
        where TImplementation : class, TClient
    {
        var section = builder.Configuration.GetSection($"External:{name}");
        var options = section.Get<ExternalServiceOptions>() ?? new();
        if (options.BaseAddress is null)
        {
            throw new InvalidOperationException($"Configuration 'External:{name}:BaseAddress' is required.");
        }

        // One pipeline per dependency, so its circuit breaker sees every call to that system.
        var pipeline = ResiliencePipelines.ForHttp(options.Resilience);
        return builder.Services
            .AddHttpClient<TClient, TImplementation>(client =>
            {
                client.BaseAddress = options.BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's per-attempt timeout governs
            })
            .AddHttpMessageHandler(() => new ResilienceHandler(pipeline));
    }
}
