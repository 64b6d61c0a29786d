using System.Diagnostics;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.LoadGenerator.Chaos;

/// <summary>
/// Runs a function of infra/lib/*.sh through bash from the repository root, so the servers are stopped and
/// started one way only: the scripts' (as root or through sudo, as they decide).
/// </summary>
public static class InfraScript
{
    /// <summary>Runs <paramref name="function"/> of infra/lib/<paramref name="library"/>.sh to its end; throws with its output when it fails.</summary>
    public static async Task Run(string library, string function)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        // Sourced together, as infra/load.sh and infra/test.sh do (as_root lives in rabbitmq.sh).
        start.ArgumentList.Add($"set -euo pipefail; source infra/lib/rabbitmq.sh; source infra/lib/postgres.sh; source infra/lib/{library}.sh; {function}");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Never cancelled: a server left half-way between stop and start is worse than a late answer.
        await process.WaitForExitAsync(CancellationToken.None);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"infra/lib/{library}.sh {function} failed with exit code {process.ExitCode}: {await output}{await error}");
        }
    }
}
