using MassTransit;
using MassTransit.Testing;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Hosting.Messaging;
using Returns.Sandbox.Smtp;
using Returns.Tests.Sandbox.Smtp;
using Returns.Tests.Support;

namespace Returns.Tests.Notifications;

/// <summary>The confirmation email, sent for real to the SMTP sink on loopback.</summary>
public sealed class SendReturnConfirmationConsumerSpecs : IAsyncLifetime
{
    private readonly ScriptedSmtpFaults faults = new();
    private RunningSmtpSink sink = null!;
    private NotificationsHost notifications = null!;

    private ITestHarness Harness => notifications.Harness;

    public async Task InitializeAsync()
    {
        sink = await RunningSmtpSink.StartAsync(faults);
        notifications = await NotificationsHost.StartAsync(sink.Port);
    }

    public async Task DisposeAsync()
    {
        await notifications.DisposeAsync();
        await sink.DisposeAsync();
    }

    [Fact]
    public async Task Emails_the_label_lines_and_refund_and_publishes_ReturnEmailSent()
    {
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(ReturnEmails.Confirmation(returnId));

        var sent = await Harness.Published.SelectAsync<ReturnEmailSent>(x => x.Context.Message.ReturnId == returnId).FirstOrDefault();
        sent.ShouldNotBeNull();
        sent.Context.Message.ShouldBe(new ReturnEmailSent(returnId, ReturnEmailKind.Confirmation, "ada@example.test"));

        var mail = sink.Mailbox.List("ada@example.test").ShouldHaveSingleItem();
        mail.From.ShouldBe("returns@shop.example");
        mail.Subject.ShouldBe("Your return for order ORD-1001: label and next steps");
        mail.Body.ShouldContain("Hello Ada Lovelace,");
        mail.Body.ShouldContain("  - 2 x Mug (SKU-MUG)\r\n  - 1 x T-shirt (SKU-TEE)");
        mail.Body.ShouldContain("Tracking number: 1Z999AA10123456784");
        mail.Body.ShouldContain("Print your return label: http://127.0.0.1:5080/carrier/labels/LBL-1/pdf");
        mail.Body.ShouldContain("we will refund 45.00 EUR");
    }

    [Fact]
    public async Task Emails_only_once_when_the_same_command_arrives_twice()
    {
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(ReturnEmails.Confirmation(returnId));
        (await Harness.Published.Any<ReturnEmailSent>(x => x.Context.Message.ReturnId == returnId)).ShouldBeTrue();
        await Harness.Bus.Publish(ReturnEmails.Confirmation(returnId));

        (await Harness.Consumed.SelectAsync<SendReturnConfirmation>(x => x.Context.Message.ReturnId == returnId).CountUpTo(2)).ShouldBe(2);
        (await Harness.Published.SelectAsync<ReturnEmailSent>(x => x.Context.Message.ReturnId == returnId).CountUpTo(2)).ShouldBe(2);
        sink.Mailbox.List().Count.ShouldBe(1);
        faults.Decisions.ShouldBe(1);
    }

    [Fact]
    public async Task Publishes_ReturnEmailFailed_at_once_when_the_server_refuses_the_recipient_for_good()
    {
        faults.Fault = SmtpFault.Permanent("5.1.1 No such mailbox");
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(ReturnEmails.Confirmation(returnId));

        var failed = await Harness.Published.SelectAsync<ReturnEmailFailed>(x => x.Context.Message.ReturnId == returnId).FirstOrDefault();
        failed.ShouldNotBeNull();
        failed.Context.Message.Kind.ShouldBe(ReturnEmailKind.Confirmation);
        failed.Context.Message.Reason.ShouldContain("550");
        failed.Context.Message.Reason.ShouldContain("5.1.1 No such mailbox");
        faults.Decisions.ShouldBe(1); // a 5xx is final: no retry
        (await Harness.NothingPublished<Fault<SendReturnConfirmation>>()).ShouldBeTrue();
        (await Harness.NothingPublished<ReturnEmailSent>()).ShouldBeTrue();
    }

    [Fact]
    public async Task Retries_a_451_before_publishing_ReturnEmailFailed_without_faulting()
    {
        faults.Fault = SmtpFault.Transient();
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(ReturnEmails.Confirmation(returnId));

        var failed = await Harness.Published.SelectAsync<ReturnEmailFailed>(x => x.Context.Message.ReturnId == returnId).FirstOrDefault();
        failed.ShouldNotBeNull();
        failed.Context.Message.Reason.ShouldContain("451");
        faults.Decisions.ShouldBe(1 + NotificationsHost.MaxRetryAttempts);
        (await Harness.NothingPublished<Fault<SendReturnConfirmation>>()).ShouldBeTrue();
        sink.Mailbox.List().ShouldBeEmpty();
    }

    [Fact]
    public async Task Sends_when_the_command_comes_again_after_a_failed_attempt()
    {
        faults.Fault = SmtpFault.Permanent();
        var returnId = Guid.NewGuid();
        await Harness.Bus.Publish(ReturnEmails.Confirmation(returnId));
        (await Harness.Published.Any<ReturnEmailFailed>(x => x.Context.Message.ReturnId == returnId)).ShouldBeTrue();

        faults.Fault = null;
        await Harness.Bus.Publish(ReturnEmails.Confirmation(returnId));

        (await Harness.Published.Any<ReturnEmailSent>(x => x.Context.Message.ReturnId == returnId)).ShouldBeTrue();
        sink.Mailbox.List("ada@example.test").ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(null, "no email address")]
    [InlineData("  ", "no email address")]
    [InlineData("ada.example.test", "malformed")]
    [InlineData("Ada <ada@example.test>", "malformed")]
    public async Task Faults_a_command_whose_recipient_cannot_be_mailed(string? email, string reason)
    {
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(ReturnEmails.Confirmation(returnId, email));

        await ShouldFaultAsBadMessage(returnId, reason);
    }

    [Fact]
    public async Task Faults_a_confirmation_without_lines()
    {
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(ReturnEmails.Confirmation(returnId) with { Lines = [] });

        await ShouldFaultAsBadMessage(returnId, "lines");
    }

    [Fact]
    public async Task Never_writes_the_customer_address_to_the_logs_in_clear()
    {
        await Harness.Bus.Publish(ReturnEmails.Confirmation(Guid.NewGuid()));
        (await Harness.Published.Any<ReturnEmailSent>()).ShouldBeTrue();
        faults.Fault = new SmtpFault(550, "5.1.1 <ada@example.test> unknown");
        await Harness.Bus.Publish(ReturnEmails.Confirmation(Guid.NewGuid()));
        (await Harness.Published.Any<ReturnEmailFailed>()).ShouldBeTrue();
        await Harness.Bus.Publish(ReturnEmails.Confirmation(Guid.NewGuid(), "ada@@example.test"));
        (await Harness.Published.Any<Fault<SendReturnConfirmation>>()).ShouldBeTrue();

        var logs = string.Join("\n", notifications.Logs.Lines);
        logs.ShouldContain("a***@example.test");
        logs.ShouldNotContain("ada@example.test");
        logs.ShouldNotContain("ada@@example.test");
    }

    private async Task ShouldFaultAsBadMessage(Guid returnId, string reason)
    {
        var fault = await Harness.Published.SelectAsync<Fault<SendReturnConfirmation>>(x => x.Context.Message.Message.ReturnId == returnId).FirstOrDefault();
        fault.ShouldNotBeNull();
        var exception = fault.Context.Message.Exceptions.ShouldHaveSingleItem();
        exception.ExceptionType.ShouldBe(typeof(BadMessageException).FullName);
        exception.Message.ShouldContain(reason);
        (await Harness.NothingPublished<ReturnEmailSent>()).ShouldBeTrue();
        sink.Mailbox.List().ShouldBeEmpty();
    }
}
