using System.Globalization;

namespace Returns.LoadGenerator.Load;

/// <summary>
/// One look at a process in Linux's /proc: resident memory now (VmRSS), the peak the kernel kept over its life
/// (VmHWM), and the CPU time it has used so far (utime + stime). Nulls when the process is gone or /proc is not there.
/// </summary>
public sealed record ProcessSample(long? ResidentBytes, long? PeakResidentBytes, double? CpuSeconds)
{
    // USER_HZ: the unit of /proc/<pid>/stat's times, 100 on every Linux the runtime supports.
    private const double TicksPerSecond = 100;

    public static ProcessSample Of(int pid)
    {
        try
        {
            var status = File.ReadAllLines($"/proc/{pid}/status");
            return new ProcessSample(Kilobytes(status, "VmRSS:") * 1024, Kilobytes(status, "VmHWM:") * 1024, CpuSecondsOf(pid));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ProcessSample(null, null, null);
        }
    }

    /// <summary>CPU seconds of a process, or null when it is gone.</summary>
    public static double? CpuSecondsOf(int pid)
    {
        try
        {
            // The command name in parentheses may hold spaces: fields are counted after its closing one.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static long? Kilobytes(string[] status, string key)
    {
        var line = status.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
