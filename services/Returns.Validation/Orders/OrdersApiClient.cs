using Returns.Hosting.Http;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Returns.Contracts.Model;

namespace Returns.Validation.Orders;

/// <summary>Typed client for GET /orders/{orderNumber}; Polly's handler has already retried transient failures.</summary>
public sealed class OrdersApiClient(HttpClient http) : IOrdersApi
{
    // The Orders API's order document has the snapshot's shape (camelCase JSON). Respecting the
    // nullable annotations turns a document with a missing required field into an error here
    // rather than a null deep inside a later step.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public async Task<OrderSnapshot?> FindOrderAsync(string orderNumber, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"orders/{Uri.EscapeDataString(orderNumber)}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            // 5xx after the retries, or a 4xx other than 404, which this client never expects:
            // either way no business answer, so let message retry and the saga's fault handling decide.
            var detail = await ProblemText.ReadAsync(response, cancellationToken);
            throw new HttpRequestException(
                $"Orders API answered {(int)response.StatusCode} for order {orderNumber}: {detail}",
                inner: null,
                response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync<OrderSnapshot>(Json, cancellationToken)
            ?? throw new InvalidOperationException($"Orders API answered an empty body for order {orderNumber}.");
    }
}
