using System.Net.Http.Json;
using System.Text.Json;
using Returns.Hosting.Http;

namespace Returns.Labels.Carrier;

/// <summary>Typed client for the carrier's label endpoints; Polly's handler has already retried transient failures.</summary>
public sealed class CarrierApiClient(HttpClient http) : ICarrierApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public async Task<CarrierResult<CarrierLabel>> CreateLabelAsync(Guid idempotencyKey, LabelRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "carrier/labels")
        {
            Content = JsonContent.Create(request, options: Json),
        };
        // The carrier answers a repeated key with the label it already issued, so a redelivered
        // command cannot buy a second label.
        message.Headers.Add("Idempotency-Key", idempotencyKey.ToString());

        using var response = await http.SendAsync(message, cancellationToken);
        return await ReadAsync<CarrierLabel>(response, $"creating a label for order {request.OrderNumber}", cancellationToken);
    }

    public async Task<CarrierResult<VoidedLabel>> VoidLabelAsync(string labelId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync($"carrier/labels/{Uri.EscapeDataString(labelId)}/void", content: null, cancellationToken);
        return await ReadAsync<VoidedLabel>(response, $"voiding label {labelId}", cancellationToken);
    }

    private static async Task<CarrierResult<T>> ReadAsync<T>(HttpResponseMessage response, string doing, CancellationToken cancellationToken)
        where T : class
    {
        if (response.IsSuccessStatusCode)
        {
            var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new InvalidOperationException($"Carrier answered an empty body {doing}.");
            return CarrierResult<T>.Accepted(value);
        }

        var reason = await ProblemText.ReadAsync(response, cancellationToken);
        var status = (int)response.StatusCode;
        if (status is >= 400 and < 500 && !TransientFailures.IsTransient(response.StatusCode))
        {
            return CarrierResult<T>.Refused(reason);
        }

        // 5xx (or 408/429) that outlived the retries: not an answer, so the message is retried and then faults.
        throw new HttpRequestException($"Carrier answered {status} {doing}: {reason}", inner: null, response.StatusCode);
    }
}
