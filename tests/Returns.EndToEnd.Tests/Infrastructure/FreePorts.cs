using System.Net;
using System.Net.Sockets;

namespace Returns.EndToEnd.Tests.Infrastructure;

/// <summary>Loopback ports nothing listens on, so a test run never collides with a system started by infra/run.sh.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
