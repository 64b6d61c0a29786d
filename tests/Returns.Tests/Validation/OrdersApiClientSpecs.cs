using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Returns.Hosting.Http;
using Returns.Tests.Support;
using Returns.Validation.Orders;

namespace Returns.Tests.Validation;

public sealed class OrdersApiClientSpecs : IDisposable
{
    private readonly StubHttpHandler api = new();
    private readonly List<IHost> hosts = [];

    public void Dispose() => hosts.ForEach(host => host.Dispose());

    [Fact]
    public async Task Reads_the_order_document()
    {
        api.Respond(HttpMethod.Get, "/orders/ORD-1001", HttpStatusCode.OK, OrderDocuments.Ord1001);

        var order = await new OrdersApiClient(api.CreateClient()).FindOrderAsync("ORD-1001", CancellationToken.None);

        order.ShouldNotBeNull();
        order.OrderNumber.ShouldBe("ORD-1001");
        order.PurchasedAt.ShouldBe(new DateTimeOffset(2026, 11, 12, 10, 0, 0, TimeSpan.Zero));
        order.Customer.Email.ShouldBe("ada@example.test");
        order.ShippingAddress.Line2.ShouldBeNull();
        order.Lines.Select(l => (l.Sku, l.Quantity, l.UnitPrice)).ShouldBe([("SKU-MUG", 2, 12.50m), ("SKU-TEE", 1, 20.00m)]);
    }

    [Fact]
    public async Task Maps_404_to_not_found()
    {
        api.RespondProblem(HttpMethod.Get, "/orders/ORD-9999", HttpStatusCode.NotFound, "No order ORD-9999");

        var order = await new OrdersApiClient(api.CreateClient()).FindOrderAsync("ORD-9999", CancellationToken.None);

        order.ShouldBeNull();
    }

    [Fact]
    public async Task Maps_503_to_an_exception_carrying_the_status_and_detail()
    {
        api.RespondProblem(HttpMethod.Get, "/orders/ORD-1001", HttpStatusCode.ServiceUnavailable, "Orders database is down");

        var error = await Should.ThrowAsync<HttpRequestException>(
            () => new OrdersApiClient(api.CreateClient()).FindOrderAsync("ORD-1001", CancellationToken.None));

        error.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        error.Message.ShouldContain("Orders database is down");
    }

    [Fact]
    public async Task Treats_any_other_4xx_as_unexpected_and_throws()
    {
        api.RespondProblem(HttpMethod.Get, "/orders/ORD-1003", HttpStatusCode.UnprocessableEntity, "Injected refusal");

        var error = await Should.ThrowAsync<HttpRequestException>(
            () => new OrdersApiClient(api.CreateClient()).FindOrderAsync("ORD-1003", CancellationToken.None));

        error.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Throws_on_503_only_after_the_registered_Polly_pipeline_retried()
    {
        api.RespondProblem(HttpMethod.Get, "/orders/ORD-1001", HttpStatusCode.ServiceUnavailable, "down");
        var orders = RegisteredClient(maxRetries: 2);

        await Should.ThrowAsync<HttpRequestException>(() => orders.FindOrderAsync("ORD-1001", CancellationToken.None));

        api.CallsTo(HttpMethod.Get, "/orders/ORD-1001").ShouldBe(3);
    }

    [Fact]
    public async Task Recovers_when_a_retry_succeeds()
    {
        api.RespondProblem(HttpMethod.Get, "/orders/ORD-1001", HttpStatusCode.ServiceUnavailable, "blip")
           .Respond(HttpMethod.Get, "/orders/ORD-1001", HttpStatusCode.OK, OrderDocuments.Ord1001);
        var orders = RegisteredClient(maxRetries: 2);

        var order = await orders.FindOrderAsync("ORD-1001", CancellationToken.None);

        order.ShouldNotBeNull().OrderNumber.ShouldBe("ORD-1001");
        api.CallsTo(HttpMethod.Get, "/orders/ORD-1001").ShouldBe(2);
    }

    // The client as Program.cs registers it, with the stub underneath instead of the network.
    private IOrdersApi RegisteredClient(int maxRetries)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["External:Orders:BaseAddress"] = StubHttpHandler.BaseAddress.ToString(),
            ["External:Orders:Resilience:MaxRetryAttempts"] = maxRetries.ToString(),
            ["External:Orders:Resilience:BaseDelayMs"] = "1",
        });
        builder.AddExternalHttpClient<IOrdersApi, OrdersApiClient>("Orders").ConfigurePrimaryHttpMessageHandler(() => api);
        var host = builder.Build();
        hosts.Add(host);
        return host.Services.GetRequiredService<IOrdersApi>();
    }
}
