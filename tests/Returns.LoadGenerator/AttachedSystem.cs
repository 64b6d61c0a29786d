using Returns.EndToEnd.Tests.Infrastructure;
using Returns.LoadGenerator.Load;

namespace Returns.LoadGenerator;

/// <summary>
/// A system infra/run.sh started: its processes from the pid files it keeps, the message retries from the
/// part of each process's log written during this run.
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
        var logs = Directory.Exists(Path.Combine(runDirectory, "logs"))
            ? Directory.GetFiles(Path.Combine(runDirectory, "logs"), "*.log").ToDictionary(file => file, file => new FileInfo(file).Length)
            : [];

        return new SystemUnderLoad(
            settings.Broker,
            $"attached: {settings.Broker.Host}:{settings.Broker.Port} vhost {settings.Broker.VirtualHost}, processes from {runDirectory}",
            () => SystemUnderLoad.WithServers(pids.ToDictionary(p => p.Key, p => ProcessSample.Of(p.Value))),
            () => logs.Count == 0 ? null : CountSince(logs, retries));
    }

    private static ConflictRetries CountSince(Dictionary<string, long> logs, ConflictRetries retries)
    {
        foreach (var (log, start) in logs)
        {
            using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.Seek(Math.Min(start, stream.Length), SeekOrigin.Begin);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                retries.Take(Path.GetFileNameWithoutExtension(log), line);
            }
        }

        return retries;
    }
}
