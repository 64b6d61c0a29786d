namespace Returns.LoadGenerator.Load;

/// <summary>
/// One process over the measured part of a run: resident memory when it began and when it ended (growth
/// shows in the difference over a long soak), the peak over the process's life, and the CPU it used, also
/// as a share of one core. Servers (PostgreSQL, RabbitMQ) have CPU figures only.
/// </summary>
public sealed record ProcessFigures(double? ResidentAtStartMb, double? ResidentAtEndMb, double? PeakMb, double? CpuSeconds, double? CpuCores)
{
    public static IReadOnlyDictionary<string, ProcessFigures> Between(
        IReadOnlyDictionary<string, ProcessSample> start, IReadOnlyDictionary<string, ProcessSample> end, TimeSpan elapsed) =>
        end.OrderBy(p => p.Key).ToDictionary(p => p.Key, p =>
        {
            var before = start.GetValueOrDefault(p.Key);
            var cpu = p.Value.CpuSeconds - before?.CpuSeconds;
            return new ProcessFigures(
                Megabytes(before?.ResidentBytes),
                Megabytes(p.Value.ResidentBytes),
                Megabytes(p.Value.PeakResidentBytes),
                cpu is { } seconds ? Math.Round(seconds, 1) : null,
                cpu is { } used && elapsed > TimeSpan.Zero ? Math.Round(used / elapsed.TotalSeconds, 2) : null);
        });

    private static double? Megabytes(long? bytes) => bytes is { } value ? Math.Round(value / 1048576.0, 1) : null;
}
