using Returns.EndToEnd.Tests.Infrastructure;
using Returns.LoadGenerator.Chaos;
using Spectre.Console;

namespace Returns.LoadGenerator;

/// <summary>The generator's chaos mode: its own system on PostgreSQL, the chaos run, its tables printed and written beside the load reports.</summary>
public static class ChaosCommand
{
    public static async Task<int> Run(LoadSettings settings, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        await using var system = new LoadSystem(settings.SystemOptions() with { Database = SystemDatabase.PostgreSql });
        AnsiConsole.MarkupLine("[grey]Starting the system on PostgreSQL (sandbox, orchestrator, six steps, API)...[/]");
        await system.InitializeAsync();
        if (system.Unavailable is not null)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{system.Unavailable}[/]");
            return 1;
        }

        var options = settings.Chaos;
        var run = new ChaosRun(system, options, line => AnsiConsole.MarkupLineInterpolated($"[grey]{DateTime.UtcNow:HH:mm:ss}[/] {line}"));
        var report = await run.Execute($"started: PostgreSQL, {settings.Orchestrators} orchestrator(s), {options.Rate}/s arrival rate, each killed service down {options.DownTime.TotalSeconds:0} s", cancellationToken);

        AnsiConsole.WriteLine();
        if (Console.IsOutputRedirected)
        {
            // Spectre assumes 80 columns for a file or a pipe, which folds the tables' rows.
            AnsiConsole.Profile.Width = 140;
        }

        AnsiConsole.Write(FaultTable(report));
        AnsiConsole.Write(OutcomeTable(report));
        var markdown = report.ToMarkdown();
        var directory = settings.OutputDirectory ?? Path.Combine(RepositoryPaths.Root, ".run", "load");
        Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, $"chaos-{startedAt:yyyyMMdd-HHmmss}");
        await File.WriteAllTextAsync(stem + ".json", report.ToJson(), cancellationToken);
        await File.WriteAllTextAsync(stem + ".md", markdown, cancellationToken);
        foreach (var problem in report.Verdict.Problems)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]- {problem}[/]");
        }

        AnsiConsole.MarkupLine(report.Verdict.Clean ? "[green]Nothing lost, nothing duplicated, every side effect where the state says.[/]" : "[red]Problems found (above).[/]");
        AnsiConsole.MarkupLineInterpolated($"[grey]Written: {stem}.json, {stem}.md[/]");
        return report.Verdict.Clean ? 0 : 4;
    }

    private static Table FaultTable(ChaosReport report)
    {
        var table = new Table().Title("Faults injected").AddColumns("fault", "at (s)", "submitted / settled before", "back after (s)", "all ready after (s)");
        foreach (var f in report.Faults)
        {
            table.AddRow(
                Markup.Escape(f.Fault), $"{f.AtSeconds:F1}", $"{f.Submitted} / {f.Settled}", f.BackSeconds?.ToString("F1") ?? "-",
                f.Error is null ? f.AllReadySeconds?.ToString("F1") ?? "-" : $"[red]{Markup.Escape(f.Error)}[/]");
        }

        return table;
    }

    private static Table OutcomeTable(ChaosReport report)
    {
        var verdict = report.Verdict;
        var table = new Table().Title("Outcomes (from the stores and ledgers)").AddColumns("", "returns with one", "expected", "duplicated", "missing", "unexpected");
        foreach (var e in verdict.Effects)
        {
            table.AddRow(e.Effect, $"{e.Found}", $"{e.Expected}", Flag(e.Duplicated), Flag(e.Missing), Flag(e.Unexpected));
        }

        table.AddEmptyRow();
        table.AddRow("submitted", $"{verdict.Submitted}", "", "", "", "");
        table.AddRow("lost", Flag(verdict.Lost), "", "", "", "");
        table.AddRow("not settled", Flag(verdict.Unsettled), "", "", "", "");
        foreach (var (state, count) in verdict.States)
        {
            table.AddRow($"  {state}", $"{count}", "", "", "", "");
        }

        table.AddRow("off their usual outcome", $"{verdict.OffTheirUsualPath}", "", "", "", "");
        table.AddRow("all settled after (s)", $"{report.SettledInSeconds:F1}", "", "", "", "");
        table.AddRow("queues", Markup.Escape(report.Drained), "", "", "", "");
        return table;
    }

    private static string Flag(int count) => count == 0 ? "0" : $"[red]{count}[/]";
}
