using Polly;

namespace Returns.Hosting.Http;

/// <summary>
/// Runs every request of an HttpClient through a Polly pipeline. Microsoft.Extensions.Http.Resilience
/// is not served on our machines (PLATFORM.md), so this small handler stands in for its
/// AddResilienceHandler; covered by ResilienceHandlerSpecs.
/// </summary>
public sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Buffer the body once so each attempt can send it again.
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        return await pipeline.ExecuteAsync(
            async (message, token) => await base.SendAsync(message, token),
            request,
            cancellationToken);
    }
}
