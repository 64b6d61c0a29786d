using System.Text.Json;
using Returns.EndToEnd.Tests.Infrastructure;
using Returns.LoadGenerator.Load;
using Xunit.Abstractions;

namespace Returns.EndToEnd.Tests.Load;

/// <summary>
/// The load generator's path on a small scale: 50 returns published as the API publishes them, followed
/// through the step events, then the raw transport baseline and the report. Asserts what must hold at any
/// speed (every return completed once, one label and one refund each, the figures counted over all of
/// them), never how fast: timings on a shared two-core machine are not a test.
/// </summary>
public sealed class LoadSmokeSpecs(LoadSmokeSystem system, ITestOutputHelper output) : IClassFixture<LoadSmokeSystem>
{
    private const int Returns = 50;

    [SkippableFact]
    public async Task Fifty_returns_under_load_each_complete_once_with_one_label_and_one_refund()
    {
        Skip.If(system.Unavailable is not null, system.Unavailable);
        var target = new BrokerTarget("127.0.0.1", InfrastructureGate.AmqpPort, system.VirtualHost, "guest", "guest");
        var retries = new ConflictRetries();
        foreach (var process in system.Processes)
        {
            process.LineWritten += line => retries.Take(process.Name, line);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var run = new LoadRun(target, new LoadOptions { Returns = Returns, Concurrency = 10, Timeout = TimeSpan.FromSeconds(45), CountBrokerMessages = false }, warmupReturns: 5);
        IReadOnlyDictionary<string, ProcessSample> Sample() => system.Processes.ToDictionary(p => p.Name, p => ProcessSample.Of(p.Pid));
        var atStart = new Dictionary<string, ProcessSample>();
        run.MeasuringStarted += () => atStart = new Dictionary<string, ProcessSample>(Sample());
        var result = await run.Execute(timeout.Token);
        var processes = ProcessFigures.Between(atStart, Sample(), TimeSpan.FromSeconds(1));
        var baseline = await TransportBaseline.Run(target, messages: 300, result.MeanMessageBytes, concurrency: 16, timeout.Token);
        var report = LoadReport.From(result, baseline, "smoke", DateTimeOffset.UtcNow, retries, processes);
        output.WriteLine(report.ToMarkdown());

        result.Returns.Count.ShouldBe(Returns, "every requested return was submitted");
        result.Returns.Where(r => r.Outcome != "Completed").Select(r => $"{r.ReturnId}: {r.Outcome ?? "unfinished"}").ShouldBeEmpty();
        result.Returns.Sum(r => r.Duplicates).ShouldBe(0, "no step event arrived twice for a return");
        report.EndToEndMs!.Count.ShouldBe(Returns);
        report.StepsMs.Values.ShouldAllBe(step => step != null && step.Count == Returns);
        result.MeanMessageBytes.ShouldBeGreaterThan(100);
        baseline.Messages.ShouldBe(300);
        report.Processes.Count.ShouldBe(system.Processes.Count);
        report.Processes.Values.ShouldAllBe(p => p.PeakMb > 0 && p.ResidentAtStartMb > 0 && p.ResidentAtEndMb > 0 && p.CpuSeconds >= 0);

        // The observer's word against the saga's own store and the sandbox's ledgers.
        var measured = result.Returns.Select(r => r.ReturnId).ToHashSet();
        foreach (var returnId in measured)
        {
            await system.WaitForState(returnId, "Completed", TimeSpan.FromSeconds(10));
        }

        PerReturn(await system.SandboxList("/carrier/labels"), measured).ShouldAllBe(count => count == 1);
        PerReturn(await system.SandboxList("/payments/refunds"), measured).ShouldAllBe(count => count == 1);
    }

    /// <summary>Ledger entries per measured return (keyed by the Idempotency-Key, which is the ReturnId); every measured return listed.</summary>
    private static List<int> PerReturn(List<JsonElement> ledger, HashSet<Guid> measured)
    {
        var counts = ledger
            .Select(entry => entry.TryGetProperty("idempotencyKey", out var key) && Guid.TryParse(key.GetString(), out var id) ? id : Guid.Empty)
            .Where(measured.Contains)
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());
        return measured.Select(id => counts.GetValueOrDefault(id)).ToList();
    }
}
