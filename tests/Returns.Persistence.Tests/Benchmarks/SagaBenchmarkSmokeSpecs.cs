using Returns.Benchmarks;
using Returns.Benchmarks.Database;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Benchmarks;

/// <summary>
/// Keeps tests/Returns.Benchmarks working: a quick run on the real PostgreSQL must produce figures for
/// both repositories. The figures themselves are printed, never asserted: they depend on the machine.
/// </summary>
public sealed class SagaBenchmarkSmokeSpecs
{
    // Initial → Validating → CheckingEligibility → CreatingLabel → NotifyingAndRestocking → past the join.
    private const int TransitionsPerReturn = 5;

    [SkippableFact]
    public async Task A_quick_run_measures_both_repositories_prints_the_ratio_and_drops_its_database()
    {
        await PostgresGate.EnsureAvailable();
        var settings = BenchmarkSettings.Parse(["--quick", "--postgres", TestDatabase.PostgresServer]);
        var output = new StringWriter();

        var report = await SagaBenchmark.Run(settings, output, CancellationToken.None);

        foreach (var figures in new[] { report.InMemory, report.PostgreSql })
        {
            figures.Rounds.Count.ShouldBe(settings.Rounds);
            figures.Rounds.ShouldAllBe(round => round.Transitions == settings.Returns * TransitionsPerReturn);
            figures.TransitionsPerSecond.ShouldBeGreaterThan(0);
        }

        report.Ratio.ShouldBeGreaterThan(0);
        report.PostgreSql.Sql.ShouldNotBeNull().Commands.ShouldBeGreaterThan(0);
        report.InMemory.Sql.ShouldBeNull();
        var printed = output.ToString();
        printed.ShouldContain("| PostgreSQL |");
        printed.ShouldContain("| in-memory |");
        printed.ShouldContain("Ratio in-memory / PostgreSQL");
        (await BenchmarkDatabase.Exists(TestDatabase.PostgresServer, report.DatabaseName)).ShouldBeFalse("the run drops the database it made");
    }
}
