using System.Net.Http.Json;
using System.Text.Json;

namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The whole system as separate processes: the sandbox (fake Orders/carrier/payments APIs and SMTP
/// sink), the orchestrator (one or more replicas), the six step services and the API, on free loopback
/// ports, talking over the real RabbitMQ in a virtual host of their own, the stateful services on SQLite
/// files or PostgreSQL databases of their own. Started once per test collection (or class).
/// </summary>
public class ReturnsSystem : IAsyncLifetime
{
    private static readonly string[] StepServices = ["Validation", "Eligibility", "Labels", "Notifications", "Inventory", "Refunds"];
    private static readonly string[] StatefulServices = ["Orchestrator", "Labels", "Notifications", "Inventory", "Refunds"];

    private readonly ReturnsSystemOptions options;
    private readonly List<ServiceProcess> services = [];
    private readonly List<ServiceProcess> orchestrators = [];
    private readonly Dictionary<string, HttpClient> operatorClients = [];
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"returns-e2e-{Guid.NewGuid():N}");
    private RabbitMqVirtualHost? virtualHost;
    private IReadOnlyDictionary<string, BrokerUser> brokerUsers = new Dictionary<string, BrokerUser>();
    private PostgresDatabases? databases;

    /// <summary>The quick system the status specs share: one orchestrator, every service on SQLite.</summary>
    public ReturnsSystem()
        : this(new ReturnsSystemOptions())
    {
    }

    protected ReturnsSystem(ReturnsSystemOptions options)
    {
        if (options.OrchestratorReplicas < 1 || (options.OrchestratorReplicas > 1 && options.Database != SystemDatabase.PostgreSql))
        {
            throw new ArgumentException("Run one orchestrator, or several on PostgreSQL (replicas share one database).", nameof(options));
        }

        this.options = options;
    }

    /// <summary>Why the system is not running (a missing server on a laptop), or null when it is.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>The API as operator <see cref="SystemOperators.Default"/>; <see cref="ApiAs"/> for the others.</summary>
    public HttpClient Api { get; private set; } = null!;
    public HttpClient Sandbox { get; private set; } = null!;
    public HttpClient Inventory { get; private set; } = null!;

    public IReadOnlyList<ServiceProcess> Orchestrators => orchestrators;

    /// <summary>Every process of the system (the sandbox included), for the load generator's memory readings.</summary>
    public IReadOnlyList<ServiceProcess> Processes => services;

    /// <summary>The API as one of the <see cref="SystemOperators"/>: their decisions carry their name.</summary>
    public HttpClient ApiAs(string operatorName)
    {
        lock (operatorClients)
        {
            if (!operatorClients.TryGetValue(operatorName, out var client))
            {
                client = SystemOperators.Client(Api.BaseAddress!, operatorName);
                operatorClients[operatorName] = client;
            }

            return client;
        }
    }

    public async Task InitializeAsync()
    {
        Unavailable = InfrastructureGate.MissingRabbitMq();
        if (Unavailable is null && options.Database == SystemDatabase.PostgreSql)
        {
            Unavailable = await InfrastructureGate.MissingPostgreSql();
        }

        if (Unavailable is not null)
        {
            if (InfrastructureGate.Required)
            {
                throw new InvalidOperationException($"End-to-end infrastructure is required here (CI=true or RETURNS_REQUIRE_INFRA=1): {Unavailable}");
            }

            return;
        }

        try
        {
            await StartEverything();
        }
        catch
        {
            // A fixture whose start failed may never be disposed: leave no processes, vhost or databases behind.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A stateful service's own PostgreSQL database (null on SQLite), for checks that read its store directly.</summary>
    public string? DatabaseConnectionString(string service) => databases?.ConnectionString(service, maxPoolSize: 4);

    /// <summary>One process by name (a step service, "Api", "Sandbox"; replicas are "Orchestrator-1", "Orchestrator-2").</summary>
    public ServiceProcess Service(string name) => services.Single(s => s.Name == name);

    /// <summary>Submits a return through the API and answers its id.</summary>
    public async Task<Guid> Submit(string orderNumber, string reason = "Does not fit")
    {
        var response = await Api.PostAsJsonAsync("/returns", new { orderNumber, reason });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("returnId").GetGuid();
    }

    /// <summary>The RabbitMQ virtual host the system runs in, for specs that act through the management API.</summary>
    public string VirtualHost => virtualHost?.Name ?? throw new InvalidOperationException("The system is not running.");

    /// <summary>The operator's login in the system's virtual host (infra/rabbitmq/definitions.json), for specs that act as a person in the UI.</summary>
    public BrokerUser Operator => brokerUsers.TryGetValue(BrokerDefinitions.Operator, out var user) ? user : throw new InvalidOperationException("The system is not running.");

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

    /// <summary>GET /returns/{id}: the return's status with its timeline.</summary>
    public async Task<JsonElement> Status(Guid returnId) =>
        await Api.GetFromJsonAsync<JsonElement>($"/returns/{returnId}");

    /// <summary>How many returns are in <paramref name="state"/>, from the paged search's total.</summary>
    public async Task<int> CountInState(string state) =>
        (await Api.GetFromJsonAsync<JsonElement>($"/returns?state={state}&pageSize=1")).GetProperty("total").GetInt32();

    /// <summary>Every return in <paramref name="state"/>, read page by page from the search.</summary>
    public async Task<List<JsonElement>> ListInState(string state)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var answer = await Api.GetFromJsonAsync<JsonElement>($"/returns?state={state}&page={page}&pageSize=100");
            var batch = answer.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(batch);
            if (batch.Count == 0 || items.Count >= answer.GetProperty("total").GetInt32())
            {
                return items;
            }
        }
    }

    public async Task<List<JsonElement>> SandboxList(string path) =>
        (await Sandbox.GetFromJsonAsync<List<JsonElement>>(path))!;

    /// <summary>Every queue of this system's virtual host (error queues included) with its messages and consumers.</summary>
    public Task<IReadOnlyList<QueueInfo>> Queues() => virtualHost!.Queues();

    /// <summary>
    /// Waits until no step or saga queue holds a message (late duplicates included) for longer than the
    /// broker's statistics interval (5 s), and answers the queues then; fails after <paramref name="timeout"/>.
    /// </summary>
    public async Task<IReadOnlyList<QueueInfo>> WaitUntilQueuesDrained(TimeSpan timeout)
    {
        var quietFor = TimeSpan.FromSeconds(6);
        var deadline = DateTime.UtcNow + timeout;
        DateTime? quietSince = null;
        while (true)
        {
            var queues = await Queues();
            var busy = queues.Where(q => q.Messages > 0 && !q.HoldsFailures && !q.IsBusQueue).ToList();
            quietSince = busy.Count > 0 ? null : quietSince ?? DateTime.UtcNow;
            if (quietSince is { } since && DateTime.UtcNow - since >= quietFor)
            {
                return queues;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Queues still hold messages after {timeout}: {string.Join(", ", busy.Select(q => $"{q.Name} {q.Messages}"))}");
            }

            await Task.Delay(1000);
        }
    }

    /// <summary>SIGKILLs the processes, all at the same moment.</summary>
    public static void KillHard(params ServiceProcess[] processes)
    {
        Parallel.ForEach(processes, process => process.KillHard());
    }

    /// <summary>Starts killed processes again (same ports and settings) and waits until each is ready.</summary>
    public async Task Restart(params ServiceProcess[] processes)
    {
        foreach (var process in processes)
        {
            process.Restart();
        }

        await Task.WhenAll(processes.Select(p => WaitUntilHealthy(p, "health/ready")));
    }

    public string Diagnostics() =>
        string.Join("\n", services.Select(s => $"--- {s.Name}{(s.HasExited ? " (exited)" : string.Empty)} ---\n{s.Tail(15)}"));

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        foreach (var client in operatorClients.Values)
        {
            client.Dispose();
        }

        Sandbox?.Dispose();
        Inventory?.Dispose();
        foreach (var service in services)
        {
            service.Dispose();
        }

        services.Clear();
        if (virtualHost is not null)
        {
            await virtualHost.DisposeAsync();
            virtualHost = null;
        }

        // After the processes: nothing reconnects while the databases go.
        if (databases is not null)
        {
            await databases.DisposeAsync();
            databases = null;
        }

        try
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open by a dying process; the temp folder is cleaned by the OS eventually.
        }
    }

    private async Task StartEverything()
    {
        Directory.CreateDirectory(dataDirectory);
        virtualHost = await RabbitMqVirtualHost.Create("returns-e2e");
        // Every service logs in as its own user with the checked-in permissions, so the whole flow proves they suffice.
        brokerUsers = await virtualHost.ApplyDefinitions();
        if (options.Database == SystemDatabase.PostgreSql)
        {
            databases = await PostgresDatabases.Create(StatefulServices);
        }

        var smtpPort = FreePorts.Next();
        var sandbox = Start("Sandbox", new() { ["Smtp__Port"] = smtpPort.ToString() });
        var shared = new Dictionary<string, string>
        {
            ["RabbitMq__VirtualHost"] = virtualHost.Name,
            // Shorter than production's, but enough tries for version conflicts between two replicas on a busy machine.
            ["Messaging__RetryIntervalsMs__0"] = "100",
            ["Messaging__RetryIntervalsMs__1"] = "250",
            ["Messaging__RetryIntervalsMs__2"] = "500",
            ["Messaging__RetryIntervalsMs__3"] = "1000",
            ["Messaging__RetryIntervalsMs__4"] = "2000",
            ["External__Orders__BaseAddress"] = sandbox.BaseAddress.ToString(),
            ["External__Carrier__BaseAddress"] = sandbox.BaseAddress.ToString(),
            ["External__Payments__BaseAddress"] = sandbox.BaseAddress.ToString(),
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtpPort.ToString(),
            // The refund is held by the saga's durable scheduler: due a second after the label, polled often.
            ["Orchestrator__RefundDelay"] = "00:00:01",
            ["Scheduler__PollIntervalMs"] = "200",
        };

        foreach (var (key, value) in options.ServiceSettings)
        {
            shared[key] = value;
        }

        await WaitUntilHealthy(sandbox, "health/live");

        // The orchestrator first: its queue and bindings must exist before anyone publishes to it. The
        // first replica migrates the shared database alone; the others then start on a current schema.
        var orchestratorSettings = new Dictionary<string, string>(shared);
        foreach (var (key, value) in options.OrchestratorSettings)
        {
            orchestratorSettings[key] = value;
        }

        for (var replica = 1; replica <= options.OrchestratorReplicas; replica++)
        {
            var name = options.OrchestratorReplicas == 1 ? "Orchestrator" : $"Orchestrator-{replica}";
            var orchestrator = Start("Orchestrator", orchestratorSettings, name);
            orchestrators.Add(orchestrator);
            await WaitUntilHealthy(orchestrator, "health/ready");
        }

        var steps = StepServices.Select(name => Start(name, shared)).ToList();
        var api = Start("Api", new Dictionary<string, string>(shared.Concat(SystemOperators.Settings())));
        foreach (var service in steps.Append(api))
        {
            await WaitUntilHealthy(service, "health/ready");
        }

        Api = SystemOperators.Client(api.BaseAddress, SystemOperators.Default);
        Sandbox = new HttpClient { BaseAddress = sandbox.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Inventory = new HttpClient { BaseAddress = Service("Inventory").BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    private ServiceProcess Start(string service, Dictionary<string, string> environment, string? name = null)
    {
        var withDatabase = new Dictionary<string, string>(environment);
        if (databases is not null && StatefulServices.Contains(service))
        {
            withDatabase["Database__Provider"] = "PostgreSql";
            // The orchestrator handles the most messages at once (saga, queries, scheduler); the steps fewer.
            withDatabase["Database__ConnectionString"] = databases.ConnectionString(service, maxPoolSize: service == "Orchestrator" ? 16 : 12);
        }
        else
        {
            // Each service its own SQLite file in the fixture's data directory (never the build output),
            // gone with the fixture; a service without a "Database" section ignores it.
            withDatabase["Database__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, service.ToLowerInvariant() + ".db")}";
        }

        if (brokerUsers.TryGetValue(service.ToLowerInvariant(), out var login))
        {
            withDatabase["RabbitMq__Username"] = login.Name;
            withDatabase["RabbitMq__Password"] = login.Password;
        }

        var process = ServiceProcess.Start(service, FreePorts.Next(), withDatabase, name);
        services.Add(process);
        return process;
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
