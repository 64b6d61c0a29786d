using System.Net;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Returns.Hosting.Http;

/// <summary>
/// Which outcomes of a call are worth another try: the network, a timeout, the server's own
/// trouble (5xx), 408 and 429. A 4xx is the other side's considered answer and is never retried.
/// </summary>
public static class TransientFailures
{
    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    public static bool IsTransient(Exception exception) => exception switch
    {
        HttpRequestException or TimeoutRejectedException or IOException => true,
        BrokenCircuitException => false,
        _ => false,
    };
}
