using System.Collections.Concurrent;
using System.Diagnostics;

namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One service running as its own OS process from its build output, with its output kept for diagnosis.
/// It can be killed the hard way (SIGKILL: no shutdown hooks, no flushing) and started again on the same
/// port with the same environment, as a crashed container would be.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly string service;
    private readonly Dictionary<string, string> environment;
    private readonly ConcurrentQueue<string> output = new();
    private Process process;

    private ServiceProcess(string service, string name, int port, Dictionary<string, string> environment)
    {
        this.service = service;
        this.environment = environment;
        Name = name;
        Port = port;
        process = Launch();
    }

    /// <summary>Which process this is in messages: the service, with a replica number when it runs more than once.</summary>
    public string Name { get; }
    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public bool HasExited => process.HasExited;

    /// <summary>The OS process id of the current run (it changes with <see cref="Restart"/>), for /proc readings such as peak memory.</summary>
    public int Pid => process.Id;

    /// <summary>Every line the process writes (across restarts), as it writes it: for tallies the kept tail is too short for.</summary>
    public event Action<string>? LineWritten;

    /// <summary>Starts <paramref name="service"/> (the project Returns.{service}) on <paramref name="port"/>; <paramref name="name"/> tells replicas apart.</summary>
    public static ServiceProcess Start(string service, int port, IReadOnlyDictionary<string, string> environment, string? name = null) =>
        new(service, name ?? service, port, new Dictionary<string, string>(environment));

    /// <summary>
    /// SIGKILL, as the kernel's OOM killer or a pulled plug would do it: the process gets no chance to
    /// finish a message, commit, acknowledge or close its connections. Returns once it is gone.
    /// </summary>
    public void KillHard()
    {
        if (process.HasExited)
        {
            return;
        }

        // On Linux Process.Kill is SIGKILL; the tree is just this process (dotnet runs the app in-process).
        process.Kill(entireProcessTree: true);
        if (!process.WaitForExit(10_000))
        {
            throw new TimeoutException($"{Name} (pid {process.Id}) did not die within 10 s of SIGKILL.");
        }

        Keep($"--- {Name} killed with SIGKILL ---");
    }

    /// <summary>Starts the service again on the same port with the same environment (after <see cref="KillHard"/>).</summary>
    public void Restart()
    {
        if (!process.HasExited)
        {
            throw new InvalidOperationException($"{Name} is still running; kill it first.");
        }

        process.Dispose();
        Keep($"--- {Name} restarted ---");
        process = Launch();
    }

    /// <summary>The last lines the process wrote (across restarts), for a failure message.</summary>
    public string Tail(int lines = 40) => string.Join(Environment.NewLine, output.TakeLast(lines));

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    private Process Launch()
    {
        var dll = RepositoryPaths.ServiceAssembly(service);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{Port}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var started = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Name}.");
        started.OutputDataReceived += (_, e) => Keep(e.Data);
        started.ErrorDataReceived += (_, e) => Keep(e.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        return started;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        LineWritten?.Invoke(line);
        output.Enqueue(line);
        while (output.Count > 400 && output.TryDequeue(out _))
        {
        }
    }
}
