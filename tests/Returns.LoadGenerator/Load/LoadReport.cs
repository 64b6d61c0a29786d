using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Returns.LoadGenerator.Load;

/// <summary>The figures of one run, as printed and written (JSON and a markdown table).</summary>
public sealed record LoadReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public required DateTimeOffset StartedAt { get; init; }
    public required string Machine { get; init; }
    public required string Mode { get; init; }
    public required int Requested { get; init; }
    public required int Submitted { get; init; }
    public required IReadOnlyDictionary<string, int> Outcomes { get; init; }
    public required int Unfinished { get; init; }
    public required int DuplicateEvents { get; init; }
    public required double DurationSeconds { get; init; }
    public required double CompletedPerSecond { get; init; }
    public required LatencyFigures? EndToEndMs { get; init; }
    public required IReadOnlyDictionary<string, LatencyFigures?> StepsMs { get; init; }
    public required long? BrokerMessages { get; init; }
    public required double? BrokerMessagesPerSecond { get; init; }
    public required int MeanMessageBytes { get; init; }
    public required BaselineResult? Baseline { get; init; }
    public required double? SagaToTransportRatio { get; init; }
    public required int? ConcurrencyRetries { get; init; }
    public required IReadOnlyDictionary<string, int> OtherRetries { get; init; }
    public required IReadOnlyDictionary<string, ProcessFigures> Processes { get; init; }

    /// <summary>Reduces a run to its figures; <paramref name="processes"/> are the measured part's memory and CPU by process.</summary>
    public static LoadReport From(
        LoadResult result, BaselineResult? baseline, string mode, DateTimeOffset startedAt, ConflictRetries? retries, IReadOnlyDictionary<string, ProcessFigures> processes)
    {
        var completed = result.Returns.Count(r => r.Outcome == StepEvents.Completed);
        var seconds = Math.Max(result.Duration.TotalSeconds, 0.001);
        double? brokerRate = result.BrokerMessages is { } messages ? messages / seconds : null;
        return new LoadReport
        {
            StartedAt = startedAt,
            Machine = MachineDescription(),
            Mode = mode,
            Requested = result.Requested,
            Submitted = result.Returns.Count,
            Outcomes = result.Returns.Where(r => r.Outcome is not null).GroupBy(r => r.Outcome!).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            Unfinished = result.Returns.Count(r => r.Outcome is null),
            DuplicateEvents = result.Returns.Sum(r => r.Duplicates),
            DurationSeconds = Math.Round(result.Duration.TotalSeconds, 2),
            CompletedPerSecond = Math.Round(completed / seconds, 1),
            EndToEndMs = LatencyFigures.Of(result.Returns.Where(r => r.Outcome == StepEvents.Completed).Select(r => Milliseconds(r.SubmittedAt, r.EndedAt!.Value))),
            StepsMs = StepEvents.Steps.ToDictionary(s => s.Step, s => LatencyFigures.Of(StepDurations(result.Returns, s.From, s.To))),
            BrokerMessages = result.BrokerMessages,
            BrokerMessagesPerSecond = brokerRate is { } r1 ? Math.Round(r1, 1) : null,
            MeanMessageBytes = result.MeanMessageBytes,
            Baseline = baseline,
            SagaToTransportRatio = brokerRate is { } rate && baseline is not null ? Math.Round(rate / baseline.MessagesPerSecond, 3) : null,
            ConcurrencyRetries = retries?.Count,
            OtherRetries = retries?.Others ?? new Dictionary<string, int>(),
            Processes = processes,
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine($"Load run {StartedAt:yyyy-MM-dd HH:mm} UTC, {Mode}; {Machine}").AppendLine();
        md.AppendLine("| figure | value |").AppendLine("|---|---:|");
        Row(md, "returns requested / submitted", $"{Requested} / {Submitted}");
        Row(md, "outcomes", Outcomes.Count == 0 ? "none" : string.Join(", ", Outcomes.Select(o => $"{o.Key} {o.Value}")));
        Row(md, "unfinished at the deadline", Unfinished);
        Row(md, "duplicate step events", DuplicateEvents);
        Row(md, "duration (s)", DurationSeconds);
        Row(md, "completed returns/s", CompletedPerSecond);
        Row(md, "end-to-end p50 / p90 / p99 / max (ms)", Figures(EndToEndMs));
        Row(md, "broker messages/s (saga run)", BrokerMessagesPerSecond?.ToString(CultureInfo.InvariantCulture) ?? "not counted");
        Row(md, "raw transport messages/s (baseline)", Baseline is null ? "not run" : $"{Baseline.MessagesPerSecond:F1} ({Baseline.Messages} of {Baseline.MessageBytes} B, {Baseline.Concurrency} publishers)");
        Row(md, "saga / transport", SagaToTransportRatio?.ToString("P1", CultureInfo.InvariantCulture) ?? "n/a");
        Row(md, "mean message size (B)", MeanMessageBytes);
        Row(md, "saga version-conflict retries", ConcurrencyRetries?.ToString(CultureInfo.InvariantCulture) ?? "not counted");
        Row(md, "other message retries", OtherRetries.Count == 0 ? "none" : string.Join(", ", OtherRetries.Select(r => $"{r.Key} {r.Value}")));
        md.AppendLine();
        md.AppendLine("| step | n | p50 ms | p90 ms | p99 ms | max ms |").AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (step, figures) in StepsMs)
        {
            md.AppendLine(figures is null ? $"| {step} | 0 | | | | |" : $"| {step} | {figures.Count} | {figures.P50} | {figures.P90} | {figures.P99} | {figures.Max} |");
        }

        md.AppendLine();
        md.AppendLine("| process | resident MB at start | resident MB at end | peak resident MB | CPU s | CPU cores |").AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (process, figures) in Processes)
        {
            md.AppendLine($"| {process} | {Number(figures.ResidentAtStartMb)} | {Number(figures.ResidentAtEndMb)} | {Number(figures.PeakMb)} | {Number(figures.CpuSeconds)} | {Number(figures.CpuCores)} |");
        }

        return md.ToString();
    }

    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static IEnumerable<double> StepDurations(IEnumerable<TrackedReturn> returns, string[] from, string to)
    {
        foreach (var r in returns)
        {
            if (!r.Seen.TryGetValue(to, out var end))
            {
                continue;
            }

            // A step starts when the last thing it waits for arrived; the first step starts at the submission.
            long? start = from.Length == 0 ? r.SubmittedAt : from.All(r.Seen.ContainsKey) ? from.Max(f => r.Seen[f]) : null;
            if (start is { } s)
            {
                yield return Milliseconds(s, end);
            }
        }
    }

    private static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private static string Figures(LatencyFigures? f) => f is null ? "none completed" : $"{f.P50} / {f.P90} / {f.P99} / {f.Max}";

    private static void Row(StringBuilder md, string figure, object value) =>
        md.AppendLine(CultureInfo.InvariantCulture, $"| {figure} | {value} |");

    /// <summary>The machine a run came from (cores, OS, runtime, load), for every report.</summary>
    public static string MachineDescription()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        return $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {load} at the end";
    }
}
