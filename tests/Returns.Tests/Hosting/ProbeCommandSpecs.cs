using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Returns.Hosting.Defaults;

namespace Returns.Tests.Hosting;

public sealed class ProbeCommandSpecs
{
    [Theory]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://0.0.0.0:8081", "http://127.0.0.1:8081/")]
    [InlineData("http://127.0.0.1:5101", "http://127.0.0.1:5101/")]
    [InlineData("https://+:8443;http://*:8082", "http://127.0.0.1:8082/")]
    public void Probes_the_first_http_address_the_service_listens_on(string urls, string expected)
    {
        ProbeCommand.ListenAddress(Configuration(("urls", urls))).ShouldBe(new Uri(expected));
    }

    [Fact]
    public void Without_urls_probes_the_first_http_port_then_kestrel_s_default()
    {
        ProbeCommand.ListenAddress(Configuration(("http_ports", "8080;8090"))).ShouldBe(new Uri("http://127.0.0.1:8080/"));
        ProbeCommand.ListenAddress(Configuration()).ShouldBe(new Uri("http://127.0.0.1:5000/"));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, 0)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 1)]
    public async Task Exits_0_only_when_the_ready_endpoint_answers_success(HttpStatusCode status, int exitCode)
    {
        await using var service = await StartAsync(status);
        var error = new StringWriter();

        var result = await ProbeCommand.ProbeAsync(Configuration(("urls", service.Urls.Single())), error, CancellationToken.None);

        result.ShouldBe(exitCode);
        if (exitCode != 0)
        {
            error.ToString().ShouldContain($"{ProbeCommand.ReadyPath} answered 503");
        }
    }

    [Fact]
    public async Task Exits_1_with_a_reason_when_nothing_listens()
    {
        string urls;
        await using (var stopped = await StartAsync(HttpStatusCode.OK))
        {
            urls = stopped.Urls.Single();
        }

        var error = new StringWriter();
        var result = await ProbeCommand.ProbeAsync(Configuration(("urls", urls)), error, CancellationToken.None);

        result.ShouldBe(1);
        error.ToString().ShouldContain("did not answer");
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value))).Build();

    private static async Task<WebApplication> StartAsync(HttpStatusCode readyStatus)
    {
        var app = WebApplication.CreateSlimBuilder().Build();
        app.MapGet(ProbeCommand.ReadyPath, () => Results.StatusCode((int)readyStatus));
        app.Urls.Add("http://127.0.0.1:0"); // once started, Urls holds the port Kestrel chose
        await app.StartAsync();
        return app;
    }
}
