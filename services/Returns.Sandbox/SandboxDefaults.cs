using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Returns.Sandbox;

/// <summary>Hosting basics of the sandbox; it stands for the outside world, so it does not use Returns.Hosting.</summary>
public static class SandboxDefaults
{
    /// <summary>JSON console logs, a replaceable clock, ProblemDetails and a liveness check.</summary>
    public static WebApplicationBuilder AddSandboxDefaults(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json =>
        {
            json.TimestampFormat = "O";
            json.UseUtcTimestamp = true;
        });
        // TryAdd so a test host can bring its own clock and pin the seeded order ages.
        builder.Services.TryAddSingleton(TimeProvider.System);
        // Binding failures (unreadable JSON, a wrong type) throw, so the ProblemDetails can say why.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>Every error, including binding failures and crashes, answers as ProblemDetails.</summary>
    public static WebApplication UseSandboxDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthChecks("/health/live");
        return app;
    }
}
