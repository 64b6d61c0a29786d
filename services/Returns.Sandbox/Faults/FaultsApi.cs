using Microsoft.AspNetCore.Http.HttpResults;

namespace Returns.Sandbox.Faults;

/// <summary>The knobs: read, set and clear the fault settings of each fake system. Never faulted itself.</summary>
public static class FaultsApi
{
    public static IServiceCollection AddFaultInjection(this IServiceCollection services) =>
        services.AddSingleton<FaultRegistry>().AddSingleton<FaultInjector>();

    public static IEndpointRouteBuilder MapFaultsApi(this IEndpointRouteBuilder app)
    {
        var faults = app.MapGroup("/faults");
        faults.MapGet("/", (FaultRegistry registry) => TypedResults.Ok(registry.Current()));
        faults.MapPut("/{api}", SetFaults);
        faults.MapDelete("/", (FaultRegistry registry) =>
        {
            registry.ResetAll();
            return TypedResults.NoContent();
        });
        faults.MapDelete("/{api}", ResetFaults);
        return app;
    }

    private static Results<Ok<FaultSettings>, ProblemHttpResult> SetFaults(
        string api, FaultSettingsRequest? request, FaultRegistry registry)
    {
        if (!FaultApis.IsKnown(api))
        {
            return UnknownApi(api);
        }
        request ??= new FaultSettingsRequest(null, null, null, null, null);
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var settings = request.ToSettings(api);
        registry.Set(api, settings);
        return TypedResults.Ok(settings);
    }

    private static Results<NoContent, ProblemHttpResult> ResetFaults(string api, FaultRegistry registry)
    {
        if (!FaultApis.IsKnown(api))
        {
            return UnknownApi(api);
        }
        registry.Reset(api);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult UnknownApi(string api) =>
        Problems.NotFound($"There is no '{api}' API; use one of {string.Join(", ", FaultApis.All)}.");
}
