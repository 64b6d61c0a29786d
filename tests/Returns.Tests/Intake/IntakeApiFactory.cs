using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Returns.Api;
using Returns.Contracts;
using Returns.Eligibility;
using Returns.Hosting.Messaging;
using Returns.Tests.Api;
using Returns.Orchestrator;
using Returns.Validation;
using Returns.Validation.Orders;

namespace Returns.Tests.Intake;

/// <summary>
/// The API in-process with both of its doors (HTTP and the plain-JSON intake queues) on the harness's
/// in-memory bus, with the saga, the validation step (over <see cref="KnownOrders"/>) and the eligibility
/// step behind them, and the production receive pipeline (retry that skips BadMessageException, in-memory
/// outbox) with short retries. What the bus publishes, consumes and faults is seen by <see cref="Seen"/>. HTTP goes
/// through real Kestrel on a free loopback port, so the API's body limit (a Kestrel limit) is in force.
/// </summary>
public sealed class IntakeApiFactory : WebApplicationFactory<ApiEntryPoint>
{
    public const string KnownReason = "Known return";

    private readonly SemaphoreSlim knownOnce = new(1, 1);
    private HttpClient? http;
    private Guid? known;

    public IntakeApiFactory() => UseKestrel(0);

    public BusRecorder Seen { get; } = new();

    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();

    /// <summary>A client sending the test operator's key: every write the specs make is an operator's.</summary>
    public HttpClient Http => http ??= CreateClient().AsOperator();

    /// <summary>
    /// A return of ORD-1001 (reason <see cref="KnownReason"/>) that has reached CreatingLabel and stays there,
    /// since no label step runs here: the one return specs may refer to as already accepted. Made once.
    /// </summary>
    public async Task<Guid> KnownReturn()
    {
        await knownOnce.WaitAsync();
        try
        {
            if (known is null)
            {
                var id = await Submit(new { orderNumber = "ORD-1001", reason = KnownReason });
                await WaitForState(id, "CreatingLabel");
                known = id;
            }

            return known.Value;
        }
        finally
        {
            knownOnce.Release();
        }
    }

    /// <summary>POST /returns, expecting a 202; answers the return's id.</summary>
    public async Task<Guid> Submit(object body)
    {
        var response = await Http.PostAsJsonAsync("/returns", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("returnId").GetGuid();
    }

    /// <summary>GET /returns/{id}: the status, or null while the saga does not know the return.</summary>
    public async Task<JsonElement?> Status(Guid returnId)
    {
        var response = await Http.GetAsync($"/returns/{returnId}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    /// <summary>Polls the status until the return is in <paramref name="state"/>; fails with the last status if it never gets there.</summary>
    public async Task<JsonElement> WaitForState(Guid returnId, string state)
    {
        JsonElement? last = null;
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(25))
        {
            last = await Status(returnId);
            if (last?.GetProperty("state").GetString() == state)
            {
                return last.Value;
            }
        }

        throw new TimeoutException($"Return {returnId} did not reach {state}; last status: {last}");
    }

    /// <summary>Puts text on a queue as it is, no envelope, like the RabbitMQ UI's "Publish message".</summary>
    public async Task PutRaw(string queue, string body, string contentType = "application/json")
    {
        var endpoint = await Harness.Bus.GetSendEndpoint(ReturnQueues.Address(queue));
        await endpoint.Send(new RawText(body), context => context.Serializer = new AsWrittenSerializer(contentType));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.WithTestOperator().ConfigureTestServices(services =>
        {
            services.AddSingleton<IOrdersApi, KnownOrders>();
            services.AddMassTransitTestHarness(bus =>
            {
                bus.SetKebabCaseEndpointNameFormatter();
                var api = new ApiOptions { RequestTimeoutSeconds = 5 };
                bus.AddReturnRequestClients(api).AddReturnIntake(api);
                bus.AddReturnSaga(saga => saga.InMemoryRepository());
                bus.AddValidationConsumers();
                bus.AddEligibilityConsumers();
                bus.AddDelayedMessageScheduler();
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.UseDelayedMessageScheduler();
                    cfg.UseReturnsPipeline(context, new MessagingOptions { RetryIntervalsMs = [10, 10] });
                    cfg.ConnectReceiveObserver(Seen);
                    cfg.ConnectPublishObserver(Seen);
                    cfg.ConfigureEndpoints(context);
                });
            });
        });

    public override async ValueTask DisposeAsync()
    {
        http?.Dispose();
        knownOnce.Dispose();
        await base.DisposeAsync();
    }
}
