using System.Runtime;
using System.Runtime.InteropServices;

namespace Returns.Benchmarks.Reporting;

/// <summary>Where the figures were taken: they mean little without it.</summary>
public sealed record MachineInfo(int Cores, string Os, string Cpu, string Runtime, string Gc, string PostgreSql)
{
    public static MachineInfo Current(string postgresVersion) => new(
        Environment.ProcessorCount,
        OperatingSystem.IsLinux() ? $"{RuntimeInformation.OSDescription}, kernel {Environment.OSVersion.Version}" : RuntimeInformation.OSDescription,
        CpuName(),
        RuntimeInformation.FrameworkDescription,
        GCSettings.IsServerGC ? "server GC" : "workstation GC",
        $"PostgreSQL {postgresVersion}");

    private static string CpuName()
    {
        const string path = "/proc/cpuinfo";
        var model = File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return model ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
