namespace Returns.LoadGenerator.Load;

/// <summary>Resident memory of a process from Linux's /proc: VmHWM is the peak over its life so far, as the kernel kept it.</summary>
public static class ProcessMemory
{
    /// <summary>The peak resident set in bytes, or null when the process is gone or /proc is not there.</summary>
    public static long? PeakResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kilobytes is null ? null : long.Parse(kilobytes) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
