using System.Net;
using System.Net.Sockets;
using MassTransit;
using MassTransit.Testing;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Tests.Support;

namespace Returns.Tests.Notifications;

/// <summary>Nothing listens on the SMTP port: the email is reported failed and the return goes on.</summary>
public sealed class SmtpDownSpecs
{
    [Fact]
    public async Task Publishes_ReturnEmailFailed_and_does_not_fault_when_nothing_listens()
    {
        await using var notifications = await NotificationsHost.StartAsync(FreePort());
        var returnId = Guid.NewGuid();

        await notifications.Harness.Bus.Publish(ReturnEmails.Confirmation(returnId));

        var failed = await notifications.Harness.Published.SelectAsync<ReturnEmailFailed>(x => x.Context.Message.ReturnId == returnId).FirstOrDefault();
        failed.ShouldNotBeNull();
        failed.Context.Message.Kind.ShouldBe(ReturnEmailKind.Confirmation);
        failed.Context.Message.Reason.ShouldStartWith("SMTP server unreachable");
        (await notifications.Harness.NothingPublished<Fault<SendReturnConfirmation>>()).ShouldBeTrue();
        (await notifications.Harness.NothingPublished<ReturnEmailSent>()).ShouldBeTrue();
    }

    /// <summary>A loopback port that was free a moment ago and has nothing listening now.</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
