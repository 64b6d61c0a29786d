using System.Diagnostics;
using Returns.EndToEnd.Tests.Infrastructure;
using Returns.LoadGenerator.Load;
using Spectre.Console;

namespace Returns.LoadGenerator;

/// <summary>One generator run: the system (started or attached), the load with a progress display, the baseline, the report.</summary>
public static class LoadCommand
{
    public static async Task<int> Run(LoadSettings settings, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        await using var system = settings.Attach ? null : new LoadSystem(settings.SystemOptions());
        var retries = new ConflictRetries();
        SystemUnderLoad target;
        if (system is null)
        {
            target = AttachedSystem.From(settings, retries);
        }
        else
        {
            AnsiConsole.MarkupLine("[grey]Starting the system (sandbox, orchestrator, six steps, API)...[/]");
            await system.InitializeAsync();
            if (system.Unavailable is not null)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{system.Unavailable}[/]");
                return 1;
            }

            foreach (var process in system.Processes)
            {
                process.LineWritten += line => retries.Take(process.Name, line);
            }

            target = new SystemUnderLoad(
                settings.Broker with { VirtualHost = system.VirtualHost, Username = "guest", Password = "guest" },
                $"started: {(settings.Postgres ? "PostgreSQL" : "SQLite")}, {settings.Orchestrators} orchestrator(s), refund delay {settings.RefundDelaySeconds} s, scheduler poll {settings.SchedulerPollMs} ms",
                () => SystemUnderLoad.WithServers(system.Processes.ToDictionary(p => p.Name, p => ProcessSample.Of(p.Pid))),
                () => retries);
        }

        var mode = $"{target.Description}; {(settings.Load.Rate is { } rate ? $"{rate}/s arrival rate" : $"{settings.Load.Concurrency} in flight")}, order {settings.Load.OrderNumber}";
        var run = new LoadRun(target.Broker, settings.Load, settings.Warmup);
        IReadOnlyDictionary<string, ProcessSample>? atStart = null;
        var measuring = Stopwatch.StartNew();
        run.MeasuringStarted += () =>
        {
            atStart = target.Sample();
            measuring.Restart();
        };
        var result = await WithProgress(run, settings, cancellationToken);
        var processes = ProcessFigures.Between(atStart ?? new Dictionary<string, ProcessSample>(), target.Sample(), measuring.Elapsed);

        BaselineResult? baseline = null;
        if (settings.Load.BaselineMessages > 0)
        {
            AnsiConsole.MarkupLine("[grey]Raw transport baseline...[/]");
            // Without a message observed (nothing ran) the baseline still runs, at a typical event's size.
            var size = result.MeanMessageBytes > 0 ? result.MeanMessageBytes : 1500;
            baseline = await TransportBaseline.Run(target.Broker, settings.Load.BaselineMessages, size, concurrency: 16, cancellationToken);
        }

        var report = LoadReport.From(result, baseline, mode, startedAt, target.Retries(), processes);
        var markdown = report.ToMarkdown();
        AnsiConsole.WriteLine();
        AnsiConsole.WriteLine(markdown);

        var directory = settings.OutputDirectory ?? Path.Combine(RepositoryPaths.Root, ".run", "load");
        Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, $"load-{startedAt:yyyyMMdd-HHmmss}");
        await File.WriteAllTextAsync(stem + ".json", report.ToJson(), cancellationToken);
        await File.WriteAllTextAsync(stem + ".md", markdown, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"[grey]Written: {stem}.json, {stem}.md[/]");
        return report.Unfinished == 0 ? 0 : 3;
    }

    private static Task<LoadResult> WithProgress(LoadRun run, LoadSettings settings, CancellationToken cancellationToken) =>
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var warmup = context.AddTask("warm-up", maxValue: Math.Max(1, settings.Warmup));
                var ended = context.AddTask("returns ended", maxValue: settings.Load.Returns);
                var submitted = context.AddTask("submitted", maxValue: settings.Load.Returns);
                var running = run.Execute(cancellationToken);
                while (!running.IsCompleted)
                {
                    warmup.Value = run.WarmingUp ? Math.Min(run.Tracker.EndedCount, settings.Warmup) : warmup.MaxValue;
                    submitted.Value = run.MeasuredSubmitted;
                    ended.Value = run.MeasuredEnded;
                    await Task.WhenAny(running, Task.Delay(250, cancellationToken));
                }

                warmup.Value = warmup.MaxValue;
                submitted.Value = run.MeasuredSubmitted;
                ended.Value = run.MeasuredEnded;
                return await running;
            });
}
