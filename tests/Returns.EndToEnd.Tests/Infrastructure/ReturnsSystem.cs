using System.Net.Http.Json;
using System.Text.Json;

namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The whole system as separate processes: the sandbox (fake Orders/carrier/payments APIs and SMTP
/// sink), the orchestrator, the six step services and the API, on free loopback ports, talking over
/// the real RabbitMQ in a virtual host of their own. Started once per test collection.
/// </summary>
public sealed class ReturnsSystem : IAsyncLifetime
{
    private static readonly string[] StepServices = ["Validation", "Eligibility", "Labels", "Notifications", "Inventory", "Refunds"];

    private readonly List<ServiceProcess> services = [];
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"returns-e2e-{Guid.NewGuid():N}");
    private RabbitMqVirtualHost? virtualHost;

    /// <summary>Why the system is not running (missing broker on a laptop), or null when it is.</summary>
    public string? Unavailable { get; private set; }

    public HttpClient Api { get; private set; } = null!;
    public HttpClient Sandbox { get; private set; } = null!;
    public HttpClient Inventory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Unavailable = InfrastructureGate.MissingRabbitMq();
        if (Unavailable is not null)
        {
            if (InfrastructureGate.Required)
            {
                throw new InvalidOperationException($"End-to-end infrastructure is required here (CI=true or RETURNS_REQUIRE_INFRA=1): {Unavailable}");
            }

            return;
        }

        Directory.CreateDirectory(dataDirectory);
        virtualHost = await RabbitMqVirtualHost.Create("returns-e2e");
        var smtpPort = FreePorts.Next();
        var sandbox = Start("Sandbox", new() { ["Smtp__Port"] = smtpPort.ToString() });
        var shared = new Dictionary<string, string>
        {
            ["RabbitMq__VirtualHost"] = virtualHost.Name,
            ["Messaging__RetryIntervalsMs__0"] = "100",
            ["Messaging__RetryIntervalsMs__1"] = "200",
            ["Messaging__RetryIntervalsMs__2"] = "300",
            ["External__Orders__BaseAddress"] = sandbox.BaseAddress.ToString(),
            ["External__Carrier__BaseAddress"] = sandbox.BaseAddress.ToString(),
            ["External__Payments__BaseAddress"] = sandbox.BaseAddress.ToString(),
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtpPort.ToString(),
            // The refund is held by the saga's durable scheduler: due a second after the label, polled often.
            ["Orchestrator__RefundDelay"] = "00:00:01",
            ["Scheduler__PollIntervalMs"] = "200",
        };

        await WaitUntilHealthy(sandbox, "health/live");
        // The orchestrator first: its queue and bindings must exist before anyone publishes to it.
        await WaitUntilHealthy(Start("Orchestrator", shared), "health/ready");
        var steps = StepServices.Select(name => Start(name, shared)).ToList();
        var api = Start("Api", shared);
        foreach (var service in steps.Append(api))
        {
            await WaitUntilHealthy(service, "health/ready");
        }

        Api = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Sandbox = new HttpClient { BaseAddress = sandbox.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Inventory = new HttpClient { BaseAddress = services.Single(s => s.Name == "Inventory").BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Submits a return through the API and answers its id.</summary>
    public async Task<Guid> Submit(string orderNumber, string reason = "Does not fit")
    {
        var response = await Api.PostAsJsonAsync("/returns", new { orderNumber, reason });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("returnId").GetGuid();
    }

    /// <summary>The RabbitMQ virtual host the system runs in, for specs that act through the management API.</summary>
    public string VirtualHost => virtualHost?.Name ?? throw new InvalidOperationException("The system is not running.");

    /// <summary>Polls GET /returns/{id} until the return is in <paramref name="state"/>; fails with its timeline and the logs if it never gets there.</summary>
    public async Task<JsonElement> WaitForState(Guid returnId, string state, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            var response = await Api.GetAsync($"/returns/{returnId}");
            if (response.IsSuccessStatusCode)
            {
                last = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (last.GetProperty("state").GetString() == state)
                {
                    return last;
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Return {returnId} did not reach {state}. Last status: {last}\n{Diagnostics()}");
    }

    public async Task<List<JsonElement>> SandboxList(string path) =>
        (await Sandbox.GetFromJsonAsync<List<JsonElement>>(path))!;

    public string Diagnostics() =>
        string.Join("\n", services.Select(s => $"--- {s.Name}{(s.HasExited ? " (exited)" : string.Empty)} ---\n{s.Tail(15)}"));

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        Sandbox?.Dispose();
        Inventory?.Dispose();
        foreach (var service in services)
        {
            service.Dispose();
        }

        if (virtualHost is not null)
        {
            await virtualHost.DisposeAsync();
        }

        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process; the temp folder is cleaned by the OS eventually.
        }
    }

    private ServiceProcess Start(string name, Dictionary<string, string> environment)
    {
        // Each service its own SQLite file in the fixture's data directory (never the build output),
        // gone with the fixture; a service without a "Database" section ignores it.
        var withDatabase = new Dictionary<string, string>(environment)
        {
            ["Database__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, name.ToLowerInvariant() + ".db")}",
        };
        var service = ServiceProcess.Start(name, FreePorts.Next(), withDatabase);
        services.Add(service);
        return service;
    }

    private async Task WaitUntilHealthy(ServiceProcess service, string path)
    {
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (service.HasExited)
            {
                throw new InvalidOperationException($"{service.Name} exited during start-up:\n{service.Tail()}");
            }

            try
            {
                if ((await http.GetAsync(path)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow to answer while starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{service.Name} was not healthy at /{path} within 60 s:\n{service.Tail()}");
    }
}
