namespace Returns.LoadGenerator.Load;

/// <summary>
/// CPU seconds used so far by the machine's PostgreSQL and RabbitMQ processes, found by their command lines,
/// so a report can set the servers' share beside the services'. Approximate: a PostgreSQL backend whose
/// connection closed during the run takes its time with it.
/// </summary>
public static class ServerCpu
{
    public static IReadOnlyDictionary<string, double> Sample()
    {
        var totals = new Dictionary<string, double> { ["PostgreSQL"] = 0, ["RabbitMQ"] = 0 };
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(directory, "cmdline"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var server = commandLine.StartsWith("postgres", StringComparison.Ordinal) || commandLine.Contains("/bin/postgres", StringComparison.Ordinal) ? "PostgreSQL"
                : commandLine.Contains("beam.smp", StringComparison.Ordinal) ? "RabbitMQ"
                : null;
            if (server is not null && ProcessSample.CpuSecondsOf(pid) is { } seconds)
            {
                totals[server] += seconds;
            }
        }

        return totals;
    }
}
