using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Returns.Tests.Refunds;

/// <summary>
/// A programmable stand-in for the sandbox's Payments API behind HttpClient: refunds kept by
/// Idempotency-Key (201 first, 200 with the same refund after), idempotent cancels, 404 for unknown
/// refunds, and switches to refuse (422) or fail (503).
/// </summary>
public sealed class FakePaymentsHandler : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, JsonObject> refundsByKey = new();
    private readonly ConcurrentDictionary<string, JsonObject> refundsById = new();
    private int failures;
    private int nextRefund;

    /// <summary>Every request as it arrived.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>While set, scheduling answers 422 with this as the ProblemDetails detail.</summary>
    public string? Refusal { get; set; }

    /// <summary>How many of the next calls answer 503.</summary>
    public int Failures
    {
        get => Volatile.Read(ref failures);
        set => Volatile.Write(ref failures, value);
    }

    public IReadOnlyCollection<JsonObject> Refunds => [.. refundsById.Values];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var key = request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null;
        var path = request.RequestUri!.AbsolutePath;
        Requests.Enqueue(new RecordedRequest(request.Method, path, key, body));

        if (TakeFailure())
        {
            return Problem(HttpStatusCode.ServiceUnavailable, "Payments are having a moment.");
        }

        var segments = path.Trim('/').Split('/');
        return (request.Method.Method, segments) switch
        {
            ("POST", ["payments", "refunds"]) => Schedule(key, body),
            ("POST", ["payments", "refunds", var refundId, "cancel"]) => Cancel(Uri.UnescapeDataString(refundId)),
            _ => Problem(HttpStatusCode.NotFound, $"No route for {request.Method} {path}."),
        };
    }

    private bool TakeFailure()
    {
        while (Volatile.Read(ref failures) is var left and > 0)
        {
            if (Interlocked.CompareExchange(ref failures, left - 1, left) == left)
            {
                return true;
            }
        }

        return false;
    }

    private HttpResponseMessage Schedule(string? key, string? body)
    {
        if (Refusal is { } refusal)
        {
            return Problem(HttpStatusCode.UnprocessableEntity, refusal);
        }

        if (key is null || JsonNode.Parse(body ?? "null") is not JsonObject request)
        {
            return Problem(HttpStatusCode.BadRequest, "Idempotency-Key and a body are required.");
        }

        if (refundsByKey.TryGetValue(key, out var existing))
        {
            return Json(HttpStatusCode.OK, existing);
        }

        var refund = new JsonObject
        {
            ["refundId"] = $"RF-{Interlocked.Increment(ref nextRefund)}",
            ["orderNumber"] = request["orderNumber"]?.DeepClone(),
            ["amount"] = request["amount"]?.DeepClone(),
            ["currency"] = request["currency"]?.DeepClone(),
            ["dueAt"] = request["dueAt"]?.DeepClone(),
            ["status"] = "scheduled",
        };
        refundsByKey[key] = refund;
        refundsById[refund["refundId"]!.GetValue<string>()] = refund;
        return Json(HttpStatusCode.Created, refund);
    }

    private HttpResponseMessage Cancel(string refundId)
    {
        if (!refundsById.TryGetValue(refundId, out var refund))
        {
            return Problem(HttpStatusCode.NotFound, $"Refund {refundId} is unknown.");
        }

        refund["status"] = "cancelled";
        return Json(HttpStatusCode.OK, new JsonObject { ["refundId"] = refundId, ["status"] = "cancelled" });
    }

    private static HttpResponseMessage Json(HttpStatusCode status, JsonObject body) =>
        new(status) { Content = JsonContent.Create(body) };

    private static HttpResponseMessage Problem(HttpStatusCode status, string detail) => new(status)
    {
        Content = JsonContent.Create(
            new JsonObject { ["title"] = status.ToString(), ["status"] = (int)status, ["detail"] = detail },
            mediaType: new("application/problem+json")),
    };
}
