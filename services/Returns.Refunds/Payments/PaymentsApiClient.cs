using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Returns.Hosting.Http;

namespace Returns.Refunds.Payments;

/// <summary>Calls the payment API over the typed HttpClient (Polly sits in its handler chain).</summary>
public sealed class PaymentsApiClient(HttpClient http) : IPaymentsApi
{
    public async Task<PaymentsReply<Refund>> ScheduleRefundAsync(Guid idempotencyKey, RefundRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "payments/refunds") { Content = JsonContent.Create(request) };
        message.Headers.Add("Idempotency-Key", idempotencyKey.ToString());
        using var response = await http.SendAsync(message, cancellationToken);
        return await ReadAsync<Refund>(response, cancellationToken);
    }

    public async Task<PaymentsReply<RefundCancellation>> CancelRefundAsync(string refundId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync($"payments/refunds/{Uri.EscapeDataString(refundId)}/cancel", content: null, cancellationToken);
        return await ReadAsync<RefundCancellation>(response, cancellationToken);
    }

    private static async Task<PaymentsReply<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        if (response.IsSuccessStatusCode)
        {
            var value = await response.Content.ReadFromJsonAsync<T>(cancellationToken);
            return PaymentsReply<T>.Accepted(value ?? throw new HttpRequestException($"The payment API answered {(int)response.StatusCode} without a body."));
        }

        // Still failing after Polly's retries (5xx, 408, 429), or not an answer at all: let the message retry.
        if (TransientFailures.IsTransient(response.StatusCode) || (int)response.StatusCode is < 400 or >= 500)
        {
            throw new HttpRequestException($"The payment API answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }

        return PaymentsReply<T>.Refused(await ReasonAsync(response, cancellationToken));
    }

    /// <summary>The ProblemDetails' detail (or title), else the status line.</summary>
    private static async Task<string> ReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(cancellationToken);
            var reason = problem?.Detail ?? problem?.Title;
            if (!string.IsNullOrWhiteSpace(reason))
            {
                return reason;
            }
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            // Not a ProblemDetails body; the status line still says what happened.
        }

        return $"The payment API answered {(int)response.StatusCode} {response.ReasonPhrase}.";
    }
}
