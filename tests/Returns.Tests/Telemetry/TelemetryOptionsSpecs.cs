using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Returns.Hosting.Telemetry;

namespace Returns.Tests.Telemetry;

public sealed class TelemetryOptionsSpecs
{
    private static readonly IHostEnvironment Orchestrator = new HostingEnvironment { ApplicationName = "Returns.Orchestrator" };

    [Fact]
    public void Exports_nothing_when_no_collector_is_named()
    {
        var options = TelemetryOptions.From(Configuration(), Orchestrator);

        options.Exports.ShouldBeFalse();
        options.ServiceName.ShouldBe("returns-orchestrator");
    }

    [Fact]
    public void Takes_the_standard_OTEL_variables_when_the_section_is_silent()
    {
        var options = TelemetryOptions.From(Configuration(
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
            ("OTEL_SERVICE_NAME", "orchestrator-eu")), Orchestrator);

        options.OtlpEndpoint.ShouldBe(new Uri("http://collector:4318"));
        options.OtlpProtocol.ShouldBe("http/protobuf");
        options.ServiceName.ShouldBe("orchestrator-eu");
    }

    [Fact]
    public void Prefers_the_Telemetry_section()
    {
        var options = TelemetryOptions.From(Configuration(
            ("Telemetry:OtlpEndpoint", "http://127.0.0.1:4317"),
            ("Telemetry:ServiceName", "saga"),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")), Orchestrator);

        options.OtlpEndpoint.ShouldBe(new Uri("http://127.0.0.1:4317"));
        options.OtlpProtocol.ShouldBe("grpc");
        options.ServiceName.ShouldBe("saga");
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
