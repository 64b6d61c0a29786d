using System.Runtime;
using System.Runtime.InteropServices;

namespace Returns.Benchmarks.Reporting;

/// <summary>Where the figures were taken: they mean little without it.</summary>
public sealed record MachineInfo(int Cores, string Os, string Cpu, string Runtime, string Gc, string PostgreSql, string LoadBefore)
{
    /// <param name="loadBefore">The load average when the run began: other work on the machine skews the figures.</param>
    public static MachineInfo Current(string postgresVersion, string loadBefore) => new(
        Environment.ProcessorCount,
        OperatingSystem.IsLinux() ? $"{RuntimeInformation.OSDescription}, kernel {Environment.OSVersion.Version}" : RuntimeInformation.OSDescription,
        CpuName(),
        RuntimeInformation.FrameworkDescription,
        GCSettings.IsServerGC ? "server GC" : "workstation GC",
        $"PostgreSQL {postgresVersion}",
        loadBefore);

    /// <summary>The one-minute load average where the system tells it (Linux), else "unknown".</summary>
    public static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? File.ReadAllText(path).Split(' ')[0] : "unknown";
    }

    private static string CpuName()
    {
        const string path = "/proc/cpuinfo";
        var model = File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return model ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
