using MassTransit;
using MassTransit.Testing;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Hosting.Messaging;
using Returns.Tests.Sandbox.Smtp;
using Returns.Tests.Support;

namespace Returns.Tests.Notifications;

public sealed class SendRejectionNoticeConsumerSpecs : IAsyncLifetime
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
    public async Task Emails_the_refusal_with_its_reason_and_publishes_ReturnEmailSent()
    {
        var returnId = Guid.NewGuid();

        await notifications.Harness.Bus.Publish(ReturnEmails.Rejection(returnId));

        (await notifications.Harness.Published.Any<ReturnEmailSent>(x =>
            x.Context.Message == new ReturnEmailSent(returnId, ReturnEmailKind.Rejection, "ada@example.test"))).ShouldBeTrue();
        var mail = sink.Mailbox.List("ada@example.test").ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Your return for order ORD-3001 could not be accepted");
        mail.Body.ShouldContain("Reason: SKU-CLEARANCE is a final-sale item");
    }

    [Fact]
    public async Task Sends_one_rejection_for_twin_commands_and_keeps_it_apart_from_the_confirmation()
    {
        var returnId = Guid.NewGuid();

        await notifications.Harness.Bus.Publish(ReturnEmails.Confirmation(returnId));
        (await notifications.Harness.Published.Any<ReturnEmailSent>(x => x.Context.Message.Kind == ReturnEmailKind.Confirmation)).ShouldBeTrue();
        await notifications.Harness.Bus.Publish(ReturnEmails.Rejection(returnId));
        await notifications.Harness.Bus.Publish(ReturnEmails.Rejection(returnId));

        (await notifications.Harness.Consumed.SelectAsync<SendRejectionNotice>().CountUpTo(2)).ShouldBe(2);
        (await notifications.Harness.Published.SelectAsync<ReturnEmailSent>(x => x.Context.Message.Kind == ReturnEmailKind.Rejection).CountUpTo(2)).ShouldBe(2);
        sink.Mailbox.List().Select(mail => mail.Subject).ShouldBe(
        [
            "Your return for order ORD-1001: label and next steps",
            "Your return for order ORD-3001 could not be accepted",
        ]);
    }

    [Fact]
    public async Task Faults_a_notice_without_a_customer_email()
    {
        var returnId = Guid.NewGuid();

        await notifications.Harness.Bus.Publish(ReturnEmails.Rejection(returnId, email: ""));

        var fault = await notifications.Harness.Published.SelectAsync<Fault<SendRejectionNotice>>().FirstOrDefault();
        fault.ShouldNotBeNull();
        fault.Context.Message.Exceptions.ShouldHaveSingleItem().ExceptionType.ShouldBe(typeof(BadMessageException).FullName);
        sink.Mailbox.List().ShouldBeEmpty();
    }
}
