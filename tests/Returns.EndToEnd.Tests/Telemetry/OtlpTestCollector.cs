using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Telemetry;

/// <summary>
/// A collector the size of a test: OTLP over HTTP (protobuf) on a loopback port, keeping the spans POSTed to
/// /v1/traces and the names of the metrics POSTed to /v1/metrics.
/// </summary>
public sealed class OtlpTestCollector : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<CollectedSpan> spans = new();
    private readonly ConcurrentQueue<(string Service, string Metric)> metrics = new();
    private readonly Task serving;

    public OtlpTestCollector()
    {
        var port = FreePorts.Next();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Endpoint.ToString());
        listener.Start();
        serving = Task.Run(Serve);
    }

    /// <summary>The base address to give the services (Telemetry:OtlpEndpoint with Telemetry:OtlpProtocol http/protobuf).</summary>
    public Uri Endpoint { get; }

    public IReadOnlyCollection<CollectedSpan> Spans => spans;

    /// <summary>Which service exported which metric, as (service.name, instrument name).</summary>
    public IReadOnlyCollection<(string Service, string Metric)> Metrics => metrics;

    public void Dispose()
    {
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                var body = await Read(context.Request);
                if (context.Request.Url?.AbsolutePath == "/v1/traces")
                {
                    foreach (var span in OtlpSpans.Read(body))
                    {
                        spans.Enqueue(span);
                    }
                }
                else if (context.Request.Url?.AbsolutePath == "/v1/metrics")
                {
                    foreach (var metric in OtlpSpans.MetricNames(body))
                    {
                        metrics.Enqueue(metric);
                    }
                }

                // An empty Export*ServiceResponse: full success.
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
            }
            catch (FormatException)
            {
                context.Response.StatusCode = 400;
            }

            context.Response.Close();
        }
    }

    private static async Task<byte[]> Read(HttpListenerRequest request)
    {
        await using var buffer = new MemoryStream();
        var body = request.Headers["Content-Encoding"] == "gzip" ? new GZipStream(request.InputStream, CompressionMode.Decompress) : request.InputStream;
        await using (body)
        {
            await body.CopyToAsync(buffer);
        }

        return buffer.ToArray();
    }
}
