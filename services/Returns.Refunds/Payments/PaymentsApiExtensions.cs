using Returns.Hosting.Http;

namespace Returns.Refunds.Payments;

public static class PaymentsApiExtensions
{
    /// <summary>The payment API client, configured under External:Payments and guarded by Polly.</summary>
    public static IHttpClientBuilder AddPaymentsApi(this IHostApplicationBuilder builder) =>
        builder.AddExternalHttpClient<IPaymentsApi, PaymentsApiClient>("Payments");
}
