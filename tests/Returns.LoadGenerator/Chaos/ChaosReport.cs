using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Returns.LoadGenerator.Chaos;

/// <summary>A chaos run's faults and outcomes, as printed and written (JSON and markdown tables).</summary>
public sealed record ChaosReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public required DateTimeOffset StartedAt { get; init; }
    public required string Machine { get; init; }
    public required string Mode { get; init; }
    public required IReadOnlyDictionary<string, int> Orders { get; init; }
    public required int PublishRetries { get; init; }
    public required double SubmittedInSeconds { get; init; }

    /// <summary>From the first submission until the last return settled (or the wait gave up).</summary>
    public required double SettledInSeconds { get; init; }

    public required string Drained { get; init; }
    public required IReadOnlyList<InjectedFault> Faults { get; init; }
    public required ChaosVerdict Verdict { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Chaos run {StartedAt:yyyy-MM-dd HH:mm} UTC, {Mode}; {Machine}").AppendLine();
        md.AppendLine("| fault | at (s) | submitted / settled before | back after (s) | all ready after (s) |").AppendLine("|---|---:|---:|---:|---:|");
        foreach (var f in Faults)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {f.Fault} | {f.AtSeconds:F1} | {f.Submitted} / {f.Settled} | {Seconds(f.BackSeconds)} | {(f.Error is null ? Seconds(f.AllReadySeconds) : $"failed: {f.Error}")} |");
        }

        md.AppendLine();
        md.AppendLine("| outcome | value |").AppendLine("|---|---:|");
        Row(md, "returns submitted (orders)", $"{Verdict.Submitted} ({string.Join(", ", Orders.Select(o => $"{o.Key} x{o.Value}"))})");
        Row(md, "submitted in / all settled after (s)", $"{SubmittedInSeconds:F1} / {SettledInSeconds:F1}");
        Row(md, "states in the orchestrator's store", string.Join(", ", Verdict.States.Select(s => $"{s.Key} {s.Value}")));
        Row(md, "lost (not in the store)", Verdict.Lost);
        Row(md, "not settled", Verdict.Unsettled);
        Row(md, "settled off their order's usual outcome", Verdict.OffTheirUsualPath);
        Row(md, "queues after settling", Drained);
        Row(md, "publishes retried (broker down)", PublishRetries);
        Row(md, "ledger entries or emails of no submitted return", Verdict.Strays);
        md.AppendLine();
        md.AppendLine("| side effect | returns with one | expected | duplicated | missing | unexpected |").AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var e in Verdict.Effects)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {e.Effect} | {e.Found} | {e.Expected} | {e.Duplicated} | {e.Missing} | {e.Unexpected} |");
        }

        md.AppendLine().AppendLine(Verdict.Clean ? "Verdict: nothing lost, nothing duplicated, every side effect where the state says." : "Verdict: PROBLEMS");
        foreach (var problem in Verdict.Problems)
        {
            md.AppendLine($"- {problem}");
        }

        return md.ToString();
    }

    private static string Seconds(double? seconds) => seconds?.ToString("F1", CultureInfo.InvariantCulture) ?? "-";

    private static void Row(StringBuilder md, string figure, object value) =>
        md.AppendLine(CultureInfo.InvariantCulture, $"| {figure} | {value} |");
}
