using MassTransit;
using MassTransit.Testing;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Hosting.Messaging;
using Returns.Tests.Sandbox.Smtp;
using Returns.Tests.Support;

namespace Returns.Tests.Notifications;

public sealed class SendCancellationNoticeConsumerSpecs : IAsyncLifetime
{
    private RunningSmtpSink sink = null!;
    private NotificationsHost notifications = null!;

    public async Task InitializeAsync()
    {
        sink = await RunningSmtpSink.StartAsync();
        notifications = await NotificationsHost.StartAsync(sink.Port);
    }

    public async Task DisposeAsync()
    {
        await notifications.DisposeAsync();
        await sink.DisposeAsync();
    }

    [Fact]
    public async Task Emails_the_cancellation_with_its_reason_and_publishes_ReturnEmailSent()
    {
        var returnId = Guid.NewGuid();

        await notifications.Harness.Bus.Publish(ReturnEmails.Cancellation(returnId));

        (await notifications.Harness.Published.Any<ReturnEmailSent>(x =>
            x.Context.Message == new ReturnEmailSent(returnId, ReturnEmailKind.Cancellation, "ada@example.test"))).ShouldBeTrue();
        var mail = sink.Mailbox.List("ada@example.test").ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Your return for order ORD-1001 has been cancelled");
        mail.Body.ShouldContain("Reason: Cancelled at the customer's request");
        mail.Body.ShouldContain("no longer valid");
    }

    [Fact]
    public async Task Faults_a_notice_with_a_malformed_email()
    {
        await notifications.Harness.Bus.Publish(ReturnEmails.Cancellation(Guid.NewGuid(), email: "not-an-address"));

        var fault = await notifications.Harness.Published.SelectAsync<Fault<SendCancellationNotice>>().FirstOrDefault();
        fault.ShouldNotBeNull();
        var exception = fault.Context.Message.Exceptions.ShouldHaveSingleItem();
        exception.ExceptionType.ShouldBe(typeof(BadMessageException).FullName);
        exception.Message.ShouldContain("malformed");
        sink.Mailbox.List().ShouldBeEmpty();
    }
}
