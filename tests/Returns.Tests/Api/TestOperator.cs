using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Returns.Api;

namespace Returns.Tests.Api;

/// <summary>The operator the in-process API hosts are configured with, and a client that sends its key.</summary>
public static class TestOperator
{
    public const string Name = "test.operator";
    public const string Key = "test-operator-key-not-a-secret";

    /// <summary>Configures the API with this operator (as Api__Operators__0__* would), whatever appsettings holds.</summary>
    public static IWebHostBuilder WithTestOperator(this IWebHostBuilder builder) => builder
        .UseSetting($"{ApiOptions.Section}:{nameof(ApiOptions.Operators)}:0:Name", Name)
        .UseSetting($"{ApiOptions.Section}:{nameof(ApiOptions.Operators)}:0:Key", Key);

    /// <summary>Sends the operator's key on every request of <paramref name="client"/>.</summary>
    public static HttpClient AsOperator(this HttpClient client, string key = Key)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
