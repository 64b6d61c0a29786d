using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Returns.Api;
using Returns.Orchestrator;

namespace Returns.Tests.Api;

/// <summary>The API in-process with the saga on the test harness's in-memory bus instead of RabbitMQ.</summary>
public sealed class ApiWithSagaFactory : WebApplicationFactory<ApiEntryPoint>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services =>
        {
            services.Configure<OrchestratorOptions>(_ => { });
            services.AddMassTransitTestHarness(bus =>
            {
                bus.SetKebabCaseEndpointNameFormatter();
                bus.AddReturnSaga(saga => saga.InMemoryRepository());
                bus.AddReturnRequestClients(new ApiOptions { RequestTimeoutSeconds = 5 });
            });
        });

    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();
}
