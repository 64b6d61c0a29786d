using Returns.EndToEnd.Tests.Infrastructure;
using Returns.LoadGenerator.Load;

namespace Returns.LoadGenerator;

/// <summary>
/// A system infra/run.sh started: its processes from the pid files it keeps, the orchestrator's conflict
/// retries from the part of its log written during this run.
/// </summary>
public static class AttachedSystem
{
    public static SystemUnderLoad From(LoadSettings settings, ConflictRetries retries)
    {
        var runDirectory = Path.IsPathRooted(settings.RunDirectory) ? settings.RunDirectory : Path.Combine(RepositoryPaths.Root, settings.RunDirectory);
        var pids = Directory.Exists(Path.Combine(runDirectory, "pids"))
            ? Directory.GetFiles(Path.Combine(runDirectory, "pids"), "*.pid")
                .ToDictionary(file => Path.GetFileNameWithoutExtension(file), file => int.TryParse(File.ReadAllText(file).Trim(), out var pid) ? pid : 0)
            : [];
        var log = Path.Combine(runDirectory, "logs", "Orchestrator.log");
        var logStart = File.Exists(log) ? new FileInfo(log).Length : (long?)null;

        return new SystemUnderLoad(
            settings.Broker,
            $"attached: {settings.Broker.Host}:{settings.Broker.Port} vhost {settings.Broker.VirtualHost}, processes from {runDirectory}",
            () => pids.ToDictionary(p => p.Key, p => ProcessMemory.PeakResidentBytes(p.Value)),
            () => logStart is { } start ? CountSince(log, start, retries) : null);
    }

    private static int CountSince(string log, long start, ConflictRetries retries)
    {
        using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Min(start, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            retries.Take(line);
        }

        return retries.Count;
    }
}
