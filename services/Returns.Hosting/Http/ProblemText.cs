using System.Text.Json;

namespace Returns.Hosting.Http;

/// <summary>The human-readable reason in an error response: the ProblemDetails detail, else its title, else the status.</summary>
public static class ProblemText
{
    public static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var fallback = $"{(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body))
        {
            return fallback;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return Text(document.RootElement, "detail") ?? Text(document.RootElement, "title") ?? fallback;
        }
        catch (JsonException)
        {
            // Not ProblemDetails (a proxy's HTML page, say): the status says more than the markup.
            return fallback;
        }
    }

    private static string? Text(JsonElement root, string property) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
