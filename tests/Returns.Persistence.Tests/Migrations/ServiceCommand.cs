using System.Diagnostics;

namespace Returns.Persistence.Tests.Migrations;

/// <summary>Runs a service's built assembly (services/Returns.X/bin/...) with arguments, as an operator would, and waits for it to exit.</summary>
public static class ServiceCommand
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> Run(string service, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = ServiceAssembly(service);
        var start = new ProcessStartInfo("dotnet")
        {
            // Its own output folder, where it finds its appsettings.json.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {service}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{service} {string.Join(' ', args)} did not exit within 60 s.");
        }

        return new Outcome(process.ExitCode, await output, await error);
    }

    private static string ServiceAssembly(string service)
    {
        // This test assembly sits in tests/<project>/bin/<Configuration>/<tfm>/; the services were built alongside.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = here.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var project = $"Returns.{service}";
        var path = Path.Combine(root, "services", project, "bin", here.Parent.Name, here.Name, $"{project}.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{project} is not built at {path}.", path);
    }
}
