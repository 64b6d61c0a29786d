using System.Net.Http.Json;
using System.Text.Json;

namespace Returns.Demo;

/// <summary>The few calls the demo makes to the Returns API and the sandbox.</summary>
public sealed class ReturnsApiClient(HttpClient api, HttpClient sandbox)
{
    private static readonly string[] Settled = ["Completed", "Rejected", "Cancelled", "AwaitingApproval", "NeedsAttention"];

    public async Task RefuseRefundsFor(string orderNumber)
    {
        (await sandbox.DeleteAsync("/faults")).EnsureSuccessStatusCode();
        var response = await sandbox.PutAsJsonAsync("/faults/payments", new { failOrders = new[] { orderNumber }, failStatusCode = 422 });
        response.EnsureSuccessStatusCode();
    }

    public async Task<Guid> Submit(DemoCase demo)
    {
        var response = await api.PostAsJsonAsync("/returns", new { orderNumber = demo.OrderNumber, reason = demo.Reason });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /returns answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("returnId").GetGuid();
    }

    /// <summary>Polls until the return rests in a state only a person (or nothing) moves it out of.</summary>
    public async Task<JsonElement?> WaitUntilSettled(Guid returnId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonElement? last = null;
        while (DateTime.UtcNow < deadline)
        {
            var response = await api.GetAsync($"/returns/{returnId}");
            if (response.IsSuccessStatusCode)
            {
                last = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (Settled.Contains(last.Value.GetProperty("state").GetString()))
                {
                    return last;
                }
            }

            await Task.Delay(250);
        }

        return last;
    }
}
