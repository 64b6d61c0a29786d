namespace Returns.LoadGenerator.Load;

/// <summary>Percentiles of a set of durations in milliseconds (nearest rank), with how many there were.</summary>
public sealed record LatencyFigures(int Count, double P50, double P90, double P99, double Max)
{
    public static LatencyFigures? Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0 ? null : new LatencyFigures(sorted.Length, Rank(sorted, 50), Rank(sorted, 90), Rank(sorted, 99), Math.Round(sorted[^1], 1));
    }

    private static double Rank(double[] sorted, int percentile) =>
        Math.Round(sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)], 1);
}
