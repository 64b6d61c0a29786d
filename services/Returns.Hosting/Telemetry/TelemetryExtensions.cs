using MassTransit.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Returns.Hosting.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// OpenTelemetry traces (MassTransit, ASP.NET Core, HttpClient) and metrics (MassTransit's meter and ours),
    /// exported over OTLP when the "Telemetry" section or OTEL_EXPORTER_OTLP_ENDPOINT names a collector.
    /// </summary>
    public static IHostApplicationBuilder AddReturnsTelemetry(this IHostApplicationBuilder builder)
    {
        var options = TelemetryOptions.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(options);
        builder.Services.AddHostedService<TelemetryProviders>();

        // MassTransit labels its metrics with the process name, which is "dotnet" for every service here.
        builder.Services.PostConfigure<InstrumentationOptions>(mt => mt.ServiceName = options.ServiceName);
        return builder;
    }
}
