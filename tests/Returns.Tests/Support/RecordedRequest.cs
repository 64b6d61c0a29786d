using System.Text.Json;

namespace Returns.Tests.Support;

/// <summary>A request a <see cref="StubHttpHandler"/> received, captured before its content was disposed.</summary>
public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? Body)
{
    /// <summary>The path as sent, escaped, with a leading slash ("/orders/ORD-1001").</summary>
    public string Path => Uri.AbsolutePath;

    /// <summary>A header's value (several values joined by ", "), or null; names are case-insensitive.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The JSON body read with web defaults (camelCase), as the real APIs would read it.</summary>
    public T BodyAs<T>() =>
        JsonSerializer.Deserialize<T>(Body ?? throw new InvalidOperationException($"{Method} {Path} had no body."), StubHttpHandler.Json)
        ?? throw new InvalidOperationException($"{Method} {Path} had a null JSON body.");

    public override string ToString() => $"{Method} {Uri.PathAndQuery}";
}
