namespace Returns.Tests.Compose.Rules;

/// <summary>No two published ports claim the same host address, port and protocol.</summary>
public static class PortsRule
{
    private static readonly string[] Wildcards = ["", "0.0.0.0", "::", "[::]"];

    public static IEnumerable<string> Check(ComposeFile compose)
    {
        var claimed = new List<(string Service, string HostIp, int Port, string Protocol)>();
        foreach (var service in compose.Services.Values)
        {
            foreach (var entry in service.Ports)
            {
                foreach (var (hostIp, port, protocol) in HostPorts(entry))
                {
                    var clash = claimed.FirstOrDefault(other => other.Port == port && other.Protocol == protocol
                        && (other.HostIp == hostIp || Wildcards.Contains(other.HostIp) || Wildcards.Contains(hostIp)));
                    if (clash.Service is not null)
                    {
                        yield return $"{service.Name}: host port {port}/{protocol} is already published by {clash.Service}.";
                    }

                    claimed.Add((service.Name, hostIp, port, protocol));
                }
            }
        }
    }

    /// <summary>The host side of one entry; an entry with only a container port publishes on a random host port, which cannot clash.</summary>
    public static IEnumerable<(string HostIp, int Port, string Protocol)> HostPorts(object? entry)
    {
        if (entry is Dictionary<string, object?> longSyntax)
        {
            return longSyntax.GetValueOrDefault("published") is string published
                ? Range(published).Select(port => (longSyntax.GetValueOrDefault("host_ip") as string ?? "", port, longSyntax.GetValueOrDefault("protocol") as string ?? "tcp"))
                : [];
        }

        var text = entry?.ToString() ?? "";
        var protocol = text.Contains('/') ? text[(text.IndexOf('/') + 1)..] : "tcp";
        var mapping = text.Contains('/') ? text[..text.IndexOf('/')] : text;
        var lastColon = mapping.LastIndexOf(':');
        if (lastColon < 0)
        {
            return [];
        }

        var host = mapping[..lastColon];
        var portColon = host.LastIndexOf(':');
        var hostIp = portColon < 0 ? "" : host[..portColon];
        return Range(host[(portColon + 1)..]).Select(port => (hostIp, port, protocol));
    }

    private static IEnumerable<int> Range(string ports)
    {
        var bounds = ports.Split('-').Select(int.Parse).ToArray();
        return Enumerable.Range(bounds[0], bounds[^1] - bounds[0] + 1);
    }
}
