using System.Globalization;

namespace Returns.Benchmarks.Reporting;

/// <summary>Prints a run as a Markdown table, so it can go into the README as it stands.</summary>
public static class ReportTable
{
    public static void Write(BenchmarkReport report, TextWriter output)
    {
        var settings = report.Settings;
        var machine = report.Machine;
        var rounds = Enumerable.Range(1, settings.Rounds).ToList();

        output.WriteLine();
        output.WriteLine($"Machine: {machine.Cores} cores ({machine.Cpu}), {machine.Os}, {machine.Runtime}, {machine.Gc}; {machine.PostgreSql} on loopback");
        output.WriteLine($"Load average before the run: {machine.LoadBefore} (other work on the machine lowers both figures, not always alike)");
        output.WriteLine($"Load: {settings.Returns} returns at once per round, {settings.Rounds} measured round(s) after {settings.Warmup} warm-up round(s); endpoint concurrency {settings.Concurrency}");
        output.WriteLine("Transport: MassTransit in-memory for both (on purpose: the figures are the repository's cost, not a broker's)");
        output.WriteLine();
        output.WriteLine("| repository | " + string.Join(" | ", rounds.Select(r => $"round {r} transitions/s")) + " | median transitions/s | median saga messages/s | median CPU ms per saga message |");
        output.WriteLine("|---|" + string.Concat(rounds.Select(_ => "---:|")) + "---:|---:|---:|");
        foreach (var figures in new[] { report.InMemory, report.PostgreSql })
        {
            output.WriteLine($"| {figures.Repository} | " + string.Join(" | ", figures.Rounds.Select(r => Number(r.TransitionsPerSecond)))
                + $" | {Number(figures.TransitionsPerSecond)} | {Number(figures.MessagesPerSecond)} | {Fraction(figures.ProcessorMsPerMessage)} |");
        }

        output.WriteLine();
        output.WriteLine($"Ratio in-memory / PostgreSQL (medians): {report.Ratio.ToString("0.0", CultureInfo.InvariantCulture)}x transitions/s; "
            + $"{(report.PostgreSql.ProcessorMsPerMessage / report.InMemory.ProcessorMsPerMessage).ToString("0.0", CultureInfo.InvariantCulture)}x CPU per saga message in this process");
        if (report.PostgreSql.Sql is { } sql)
        {
            var messages = (double)report.PostgreSql.SagaMessages;
            output.WriteLine(
                $"PostgreSQL per saga message: {PerMessage(sql.Commands, messages)} statements (SELECT, INSERT, UPDATE), "
                + $"{PerMessage(sql.Savepoints, messages)} savepoints (SAVEPOINT and RELEASE, a round trip each), {PerMessage(sql.Transactions, messages)} transactions; "
                + $"{sql.Conflicts} Version conflicts retried over {settings.Rounds * settings.Returns} returns");
        }
    }

    private static string Number(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Fraction(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string PerMessage(long count, double messages) => Fraction(count / messages);
}
