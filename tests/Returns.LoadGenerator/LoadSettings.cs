using System.Globalization;
using Returns.EndToEnd.Tests.Infrastructure;
using Returns.LoadGenerator.Chaos;
using Returns.LoadGenerator.Load;

namespace Returns.LoadGenerator;

/// <summary>What one generator run does, from the command line.</summary>
public sealed record LoadSettings
{
    public const string Usage = """
        Usage: Returns.LoadGenerator [options]
          --returns N            measured returns (default 1000)
          --rate R               submit R returns per second (open loop); without it --concurrency applies
          --concurrency N        returns in flight at once, the next submitted when one ends (default 32)
          --warmup N             returns run first and not measured (default 50)
          --order NUMBER         the sandbox order every return is about (default ORD-1001: every step succeeds)
          --timeout SECONDS      wait for returns in flight after the last submission (default 120)
          --baseline N           messages of the raw MassTransit baseline; 0 skips it (default 5000)
          --no-broker-count      do not wait for the management API's statistics (no messages/s, no ratio)
          --out DIR              where the JSON and markdown reports go (default .run/load under the repository)
        Started system (default): the end-to-end fixture's processes on free ports, in a virtual host of their own
          --postgres             stateful services on PostgreSQL databases of their own (default SQLite files)
          --orchestrators N      orchestrator replicas (more than one needs --postgres; default 1)
          --refund-delay SECONDS the orchestrator's RefundDelay (default 0: the refund goes out at the join)
          --scheduler-poll-ms N  the durable scheduler's poll interval (default 100)
        Chaos run (a started system on PostgreSQL):
          --chaos                --returns of a mix of orders at --rate (default 8/s); meanwhile each service is killed
                                 with SIGKILL and restarted once, RabbitMQ and PostgreSQL stopped and started once; then
                                 waits for every return to settle (giving up after --timeout seconds without progress)
                                 and checks the stores and ledgers: exit code 4 when anything is lost, duplicated or missing
        Running system (infra/run.sh): --attach
          --host H --port P --vhost V --user U --password W   the broker (defaults 127.0.0.1, 5672, returns, and the
                                 operator's dev login returns-operator/operator-dev, which may declare a queue and publish there)
          --run-dir DIR          run.sh's folder with pids/ and logs/ (default .run)
        """;

    public LoadOptions Load { get; init; } = new();
    public int Warmup { get; init; } = 50;
    public string? OutputDirectory { get; init; }
    public bool Attach { get; init; }
    public bool Postgres { get; init; }
    public int Orchestrators { get; init; } = 1;
    public double RefundDelaySeconds { get; init; }
    public int SchedulerPollMs { get; init; } = 100;
    public BrokerTarget Broker { get; init; } = new("127.0.0.1", 5672, "returns", "returns-operator", "operator-dev");
    public string RunDirectory { get; init; } = ".run";
    public bool Help { get; init; }
    public bool ChaosMode { get; init; }

    /// <summary>The chaos run's options, from --returns, --rate and --timeout.</summary>
    public ChaosOptions Chaos { get; init; } = new();

    /// <exception cref="ArgumentException">An unknown option or a bad value, with the reason.</exception>
    public static LoadSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new LoadSettings();
        var load = settings.Load;
        var broker = settings.Broker;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--returns": load = load with { Returns = Positive(args, ref i) }; break;
                case "--rate": load = load with { Rate = double.Parse(Value(args, ref i), CultureInfo.InvariantCulture) }; break;
                case "--concurrency": load = load with { Concurrency = Positive(args, ref i) }; break;
                case "--order": load = load with { OrderNumber = Value(args, ref i) }; break;
                case "--timeout": load = load with { Timeout = TimeSpan.FromSeconds(Positive(args, ref i)) }; break;
                case "--baseline": load = load with { BaselineMessages = NonNegative(args, ref i) }; break;
                case "--no-broker-count": load = load with { CountBrokerMessages = false }; break;
                case "--warmup": settings = settings with { Warmup = NonNegative(args, ref i) }; break;
                case "--out": settings = settings with { OutputDirectory = Value(args, ref i) }; break;
                case "--postgres": settings = settings with { Postgres = true }; break;
                case "--orchestrators": settings = settings with { Orchestrators = Positive(args, ref i) }; break;
                case "--refund-delay": settings = settings with { RefundDelaySeconds = NonNegative(args, ref i) }; break;
                case "--scheduler-poll-ms": settings = settings with { SchedulerPollMs = Positive(args, ref i) }; break;
                case "--attach": settings = settings with { Attach = true }; break;
                case "--chaos": settings = settings with { ChaosMode = true, Postgres = true }; break;
                case "--host": broker = broker with { Host = Value(args, ref i) }; break;
                case "--port": broker = broker with { Port = Positive(args, ref i) }; break;
                case "--vhost": broker = broker with { VirtualHost = Value(args, ref i) }; break;
                case "--user": broker = broker with { Username = Value(args, ref i) }; break;
                case "--password": broker = broker with { Password = Value(args, ref i) }; break;
                case "--run-dir": settings = settings with { RunDirectory = Value(args, ref i) }; break;
                case "--help" or "-h": settings = settings with { Help = true }; break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }

        if (load.Rate is <= 0)
        {
            throw new ArgumentException("--rate must be positive.");
        }

        if (settings.ChaosMode && (settings.Attach || settings.Orchestrators > 1))
        {
            throw new ArgumentException("--chaos starts its own system with one orchestrator (it kills and restarts its processes).");
        }

        var chaos = new ChaosOptions { Returns = load.Returns, Rate = load.Rate ?? new ChaosOptions().Rate, StallTimeout = load.Timeout };
        return settings with { Load = load, Broker = broker, Chaos = chaos };
    }

    /// <summary>The fixture's layout for a started system.</summary>
    public ReturnsSystemOptions SystemOptions() => new()
    {
        Database = Postgres ? SystemDatabase.PostgreSql : SystemDatabase.Sqlite,
        OrchestratorReplicas = Orchestrators,
        OrchestratorSettings = new Dictionary<string, string>
        {
            ["Orchestrator__RefundDelay"] = TimeSpan.FromSeconds(RefundDelaySeconds).ToString("c", CultureInfo.InvariantCulture),
            ["Scheduler__PollIntervalMs"] = SchedulerPollMs.ToString(CultureInfo.InvariantCulture),
        },
    };

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static int Positive(IReadOnlyList<string> args, ref int i)
    {
        var value = NonNegative(args, ref i);
        return value > 0 ? value : throw new ArgumentException($"{args[i - 1]} must be positive.");
    }

    private static int NonNegative(IReadOnlyList<string> args, ref int i)
    {
        var text = Value(args, ref i);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{args[i - 1]} takes a whole number, not '{text}'.");
    }
}
