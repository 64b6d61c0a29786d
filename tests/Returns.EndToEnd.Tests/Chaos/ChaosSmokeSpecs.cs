using Returns.EndToEnd.Tests.Durability;
using Returns.LoadGenerator.Chaos;
using Xunit.Abstractions;

namespace Returns.EndToEnd.Tests.Chaos;

/// <summary>
/// The generator's chaos run on a small scale: 50 returns of every kind of order, Inventory killed with
/// SIGKILL while they are in flight and started again, then the same checks as the full run, read from the
/// saga's and Inventory's databases and the sandbox's ledgers and inbox. Counts and duplicates, never timings.
/// RabbitMQ and PostgreSQL are left alone: other specs share them.
/// </summary>
public sealed class ChaosSmokeSpecs(ChaosSmokeSystem system, ITestOutputHelper output) : IClassFixture<ChaosSmokeSystem>
{
    private const int Returns = 50;

    [SkippableFact]
    public async Task Fifty_returns_with_Inventory_killed_mid_run_all_settle_where_their_order_leads_with_each_side_effect_once()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        var options = new ChaosOptions
        {
            Returns = Returns,
            Rate = 10,
            // The step whose own database and inbox a kill interrupts mid-transaction, between two that run beside it.
            Faults = [Fault.Kill("Inventory")],
            StallTimeout = TimeSpan.FromSeconds(30),
            DrainTimeout = TimeSpan.FromSeconds(30),
        };

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var report = await new ChaosRun(system, options, output.WriteLine).Execute("smoke", timeout.Token);
        output.WriteLine(report.ToMarkdown());

        var fault = report.Faults.ShouldHaveSingleItem();
        fault.Error.ShouldBeNull();
        fault.Submitted.ShouldBeLessThan(Returns, "the kill came while returns were still being submitted");

        var verdict = report.Verdict;
        verdict.Problems.ShouldBeEmpty();
        verdict.Submitted.ShouldBe(Returns);
        verdict.Lost.ShouldBe(0);
        verdict.Unsettled.ShouldBe(0);
        verdict.OffTheirUsualPath.ShouldBe(0, "a kill of a few seconds sends no return to a person");
        var usual = ReturnMix.Orders(Returns).GroupBy(ReturnMix.FinalStateOf).ToDictionary(g => g.Key, g => g.Count());
        verdict.States.ShouldBe(usual, ignoreOrder: true);

        // Completed and cancelled returns got a label, inventory moves and a confirmation; only completed ones a refund.
        var labelled = usual["Completed"] + usual["Cancelled"];
        verdict.Effects.Select(e => (e.Effect, e.Found, e.Duplicated, e.Missing, e.Unexpected)).ShouldBe(
        [
            ("label", labelled, 0, 0, 0),
            ("inventory move", labelled, 0, 0, 0),
            ("refund", usual["Completed"], 0, 0, 0),
            ("confirmation email", labelled, 0, 0, 0),
        ]);
        verdict.Strays.ShouldBe(0);
        verdict.Clean.ShouldBeTrue();
    }
}
