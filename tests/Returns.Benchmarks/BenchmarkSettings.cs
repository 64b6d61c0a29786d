using System.Globalization;
using Returns.Hosting.Messaging;

namespace Returns.Benchmarks;

/// <summary>What one benchmark run does, from the command line.</summary>
public sealed record BenchmarkSettings
{
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=returns;Password=returns";

    public const string Usage = """
        Usage: Returns.Benchmarks [--returns N] [--rounds N] [--warmup N] [--concurrency N] [--postgres <connection string>] [--quick]
          --returns N      returns driven at once per round (default 500; --quick: 20)
          --rounds N       measured rounds (default 3; --quick: 1)
          --warmup N       unmeasured rounds first, for the JIT, EF Core's caches and the pools (default 3; --quick: 1)
          --concurrency N  messages each endpoint handles at once (default 16, the services' Messaging:PrefetchCount)
          --postgres CS    the server; a fresh database is created there, migrated and dropped after
                           (default Host=127.0.0.1;Port=5432;Username=returns;Password=returns)
          --quick          a smoke run: few returns, one round
        """;

    /// <summary>Returns per round; a warm-up round drives as many.</summary>
    public int Returns { get; init; } = 500;

    public int Rounds { get; init; } = 3;

    /// <summary>Unmeasured rounds per repository first: the EF Core path takes two or three rounds of 500 to settle (tiered JIT).</summary>
    public int Warmup { get; init; } = 3;

    /// <summary>The saga endpoint's (and the stub steps') concurrent message limit, the same for both repositories.</summary>
    public int Concurrency { get; init; } = new MessagingOptions().PrefetchCount;

    public string Postgres { get; init; } = DefaultPostgres;

    public bool Quick { get; init; }

    public bool Help { get; init; }

    /// <summary>Reads the arguments; explicit --returns/--rounds/--warmup win over --quick wherever they stand.</summary>
    /// <exception cref="ArgumentException">An unknown option or a bad value, with the reason.</exception>
    public static BenchmarkSettings Parse(IReadOnlyList<string> args)
    {
        int? returns = null, rounds = null, warmup = null, concurrency = null;
        string? postgres = null;
        var quick = false;
        var help = false;

        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--returns": returns = Positive(args, ref i); break;
                case "--rounds": rounds = Positive(args, ref i); break;
                case "--warmup": warmup = Positive(args, ref i); break;
                case "--concurrency": concurrency = Positive(args, ref i); break;
                case "--postgres": postgres = Value(args, ref i); break;
                case "--quick": quick = true; break;
                case "--help" or "-h": help = true; break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }

        var defaults = new BenchmarkSettings();
        return new BenchmarkSettings
        {
            Returns = returns ?? (quick ? 20 : defaults.Returns),
            Rounds = rounds ?? (quick ? 1 : defaults.Rounds),
            Warmup = warmup ?? (quick ? 1 : defaults.Warmup),
            Concurrency = concurrency ?? defaults.Concurrency,
            Postgres = postgres ?? defaults.Postgres,
            Quick = quick,
            Help = help,
        };
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{args[i]} needs a value.");
        }

        return args[++i];
    }

    private static int Positive(IReadOnlyList<string> args, ref int i)
    {
        var option = args[i];
        var text = Value(args, ref i);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{option} takes a whole number above zero, not '{text}'.");
    }
}
