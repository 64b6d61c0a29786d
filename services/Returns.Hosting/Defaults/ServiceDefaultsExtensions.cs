using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Returns.Hosting.Logging;
using Returns.Hosting.Telemetry;

namespace Returns.Hosting.Defaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>What every Returns process has: masked JSON logs with scopes, telemetry, a clock, health checks, ProblemDetails.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // JSON lines as before, with email and street addresses masked (Logging/MaskingJsonConsoleFormatter).
        builder.Logging.AddConsole(console => console.FormatterName = MaskingJsonConsoleFormatter.FormatterName);
        builder.Logging.AddConsoleFormatter<MaskingJsonConsoleFormatter, JsonConsoleFormatterOptions>(json =>
        {
            json.IncludeScopes = true;
            json.TimestampFormat = "O";
            json.UseUtcTimestamp = true;
        });
        builder.AddReturnsTelemetry();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        return builder;
    }

    /// <summary>
    /// /health/live answers while the process runs; /health/ready only when the checks tagged
    /// "ready" pass (MassTransit tags its bus check that way).
    /// </summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        app.Use(ServerSpanNaming.Name);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
