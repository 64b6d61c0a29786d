using Microsoft.AspNetCore.Http.HttpResults;
using Returns.Sandbox.Faults;

namespace Returns.Sandbox.Orders;

/// <summary>The shop's Orders API: read-only, seeded.</summary>
public static class OrdersApi
{
    public static IServiceCollection AddOrdersApi(this IServiceCollection services) =>
        services.AddSingleton<OrderCatalog>();

    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        // Build the catalog now rather than on the first request, so order ages count from the sandbox's start.
        app.ServiceProvider.GetRequiredService<OrderCatalog>();

        app.MapGet("/orders/{orderNumber}", GetOrder)
            .WithFaults(FaultApis.Orders, context => context.HttpContext.GetRouteValue("orderNumber") as string);
        return app;
    }

    private static Results<Ok<Order>, ProblemHttpResult> GetOrder(string orderNumber, OrderCatalog catalog) =>
        catalog.Find(orderNumber) is { } order
            ? TypedResults.Ok(order)
            : Problems.NotFound($"Order {orderNumber} does not exist.");
}
