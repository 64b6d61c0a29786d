using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Returns.Api;

namespace Returns.Tests.Api;

/// <summary>The API on the harness's in-memory bus with nobody answering its requests.</summary>
public sealed class ApiWithoutOrchestratorFactory : WebApplicationFactory<ApiEntryPoint>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .WithTestOperator()
        // Program.cs registers the request clients first, with the configured timeout: keep it short.
        .UseSetting($"{ApiOptions.Section}:{nameof(ApiOptions.RequestTimeoutSeconds)}", "1")
        .ConfigureTestServices(services => services.AddMassTransitTestHarness(bus =>
            bus.AddReturnRequestClients(new ApiOptions { RequestTimeoutSeconds = 1 })));
}
