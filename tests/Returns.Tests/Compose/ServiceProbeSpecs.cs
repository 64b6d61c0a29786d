using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Returns.Tests.Compose;

/// <summary>
/// Every binary compose health-checks answers `probe` instead of starting: a Program.cs without the probe line
/// would start the service, and its container would never turn healthy.
/// </summary>
public sealed class ServiceProbeSpecs
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Projects() =>
        [.. ComposeFile.Read(Repository.ComposePath).Services.Values.Select(service => service.Project).OfType<string>().Distinct()];

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task The_binary_probes_and_exits_1_when_nothing_answers(string project)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [$"Returns.{project}.dll", "probe"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["Urls"] = $"http://127.0.0.1:{port}" },
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new ShouldAssertException($"Returns.{project}.dll probe did not exit within {Patience}: it ran the service instead.");
        }

        process.ExitCode.ShouldBe(1);
        (await error).ShouldContain($"127.0.0.1:{port}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
