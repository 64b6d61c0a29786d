namespace Returns.Sandbox.Faults;

/// <summary>Puts an endpoint under fault injection.</summary>
public static class FaultEndpointExtensions
{
    /// <summary>
    /// Runs after binding and before the handler, so a faulted call has done nothing yet;
    /// <paramref name="keyOf"/> names the order the call is about, for <c>failOrders</c>.
    /// </summary>
    public static RouteHandlerBuilder WithFaults(
        this RouteHandlerBuilder endpoint, string api, Func<EndpointFilterInvocationContext, string?> keyOf) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var injector = context.HttpContext.RequestServices.GetRequiredService<FaultInjector>();
            var decision = injector.Decide(api, keyOf(context));
            await injector.DelayAsync(decision, context.HttpContext.RequestAborted);
            if (decision.Fails)
            {
                return TypedResults.Problem(statusCode: decision.StatusCode, title: "Injected fault.", detail: decision.Reason);
            }
            return await next(context);
        });
}
