using System.Net.Http.Json;

namespace Returns.Tests.Sandbox;

/// <summary>Requests the specs send to the sandbox, shaped as the Labels and Refunds services send them.</summary>
public static class SandboxRequests
{
    public static object LabelBody(string orderNumber = "ORD-1001") => new
    {
        orderNumber,
        customerName = "Ada Lovelace",
        from = new { line1 = "12 St James's Square", line2 = (string?)null, city = "London", postalCode = "SW1Y 4JH", country = "GB" },
        itemCount = 3,
    };

    public static object RefundBody(string orderNumber = "ORD-1001", decimal? amount = 45.00m, string? currency = "EUR") => new
    {
        orderNumber,
        amount,
        currency,
        dueAt = SandboxFactory.StartedAt.AddDays(7),
    };

    public static Task<HttpResponseMessage> PostLabel(this HttpClient client, string idempotencyKey, string orderNumber = "ORD-1001") =>
        client.PostWithKey("/carrier/labels", idempotencyKey, LabelBody(orderNumber));

    public static Task<HttpResponseMessage> PostRefund(this HttpClient client, string idempotencyKey, object? body = null) =>
        client.PostWithKey("/payments/refunds", idempotencyKey, body ?? RefundBody());

    public static Task<HttpResponseMessage> PostWithKey(this HttpClient client, string path, string? idempotencyKey, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return client.SendAsync(request);
    }

    public static string NewKey() => Guid.NewGuid().ToString();
}
