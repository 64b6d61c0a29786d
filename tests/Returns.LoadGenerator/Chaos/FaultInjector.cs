using System.Diagnostics;
using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.LoadGenerator.Chaos;

/// <summary>
/// Injects faults into a running <see cref="ReturnsSystem"/> and times how long it takes to heal: a killed
/// service stays down for <paramref name="downTime"/> (messages pile up for it) before it is started again.
/// </summary>
public sealed class FaultInjector(ReturnsSystem system, TimeSpan downTime)
{
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromMinutes(3);

    /// <summary>Answers how long until the target was back and until every service was ready again.</summary>
    public async Task<(TimeSpan Back, TimeSpan AllReady)> Inject(Fault fault, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (fault.IsServer)
        {
            await InfraScript.Run(fault.Library!, fault.RestartFunction);
        }
        else
        {
            var process = system.Service(fault.Target);
            ReturnsSystem.KillHard(process);
            await Task.Delay(downTime, cancellationToken);
            await system.Restart(process);
        }

        var back = clock.Elapsed;
        await WaitUntilAllReady(cancellationToken);
        return (back, clock.Elapsed);
    }

    /// <summary>Starts again every server the plan stops, if one is still down (a run that failed half-way must not leave them down).</summary>
    public static async Task EnsureServers(IEnumerable<Fault> plan)
    {
        foreach (var server in plan.Where(f => f.IsServer).DistinctBy(f => f.Library))
        {
            await InfraScript.Run(server.Library!, server.EnsureFunction);
        }
    }

    private async Task WaitUntilAllReady(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ReadyDeadline;
        var waiting = system.Processes.Where(p => p.Name != "Sandbox").ToList();
        while (waiting.Count > 0)
        {
            var ready = new List<ServiceProcess>();
            foreach (var process in waiting)
            {
                if (await IsReady(http, process, cancellationToken))
                {
                    ready.Add(process);
                }
            }

            waiting.RemoveAll(ready.Contains);
            if (waiting.Count == 0)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not ready {ReadyDeadline} after the fault: {string.Join(", ", waiting.Select(p => p.Name))}");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    private static async Task<bool> IsReady(HttpClient http, ServiceProcess process, CancellationToken cancellationToken)
    {
        try
        {
            return (await http.GetAsync(new Uri(process.BaseAddress, "health/ready"), cancellationToken)).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
