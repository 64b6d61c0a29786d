using System.Net.Http.Headers;

namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The operators the API of a test system is configured with (dev keys, not secrets). Each decision is sent
/// with the key of the operator who takes it, so the actor on the timeline is the authenticated one.
/// </summary>
public static class SystemOperators
{
    /// <summary>The operator <see cref="ReturnsSystem.Api"/> writes as.</summary>
    public const string Default = "maria.manager";

    public static readonly IReadOnlyList<string> Names = [Default, "tom.manager", "oscar.operator"];

    public static string KeyOf(string name) => $"{name}-key-not-a-secret";

    /// <summary>Api__Operators__i__Name/Key for every operator, as the API process reads them from its environment.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Settings() => Names.SelectMany((name, i) => new[]
    {
        KeyValuePair.Create($"Api__Operators__{i}__Name", name),
        KeyValuePair.Create($"Api__Operators__{i}__Key", KeyOf(name)),
    });

    public static HttpClient Client(Uri api, string name) => new()
    {
        BaseAddress = api,
        Timeout = TimeSpan.FromSeconds(30),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", KeyOf(name)) },
    };
}
