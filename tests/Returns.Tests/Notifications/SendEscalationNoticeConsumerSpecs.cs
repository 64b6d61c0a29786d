using MassTransit;
using MassTransit.Testing;
using Returns.Contracts.Escalations;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Hosting.Messaging;
using Returns.Tests.Sandbox.Smtp;
using Returns.Tests.Support;

namespace Returns.Tests.Notifications;

public sealed class SendEscalationNoticeConsumerSpecs : IAsyncLifetime
{
    private const string Operations = "returns-ops@shop.example";

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
    public async Task Emails_the_operations_mailbox_that_a_return_waits_for_a_manager()
    {
        var notice = Notice(EscalationNotice.Opened);

        await notifications.Harness.Bus.Publish(notice);

        (await notifications.Harness.Published.Any<ReturnEmailSent>(x =>
            x.Context.Message == new ReturnEmailSent(notice.ReturnId, ReturnEmailKind.Escalation, Operations))).ShouldBeTrue();
        var mail = sink.Mailbox.List(Operations).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Return for order ORD-2001 waits for a manager's approval");
        mail.Body.ShouldContain("Reason: return-window: Requested 75 days after purchase");
        mail.Body.ShouldContain($"Escalation: {notice.EscalationId}");
        mail.Body.ShouldContain("Expires: 2026-11-25 09:00:00Z");
    }

    [Fact]
    public async Task Sends_the_opening_the_reminder_and_the_expiry_each_once()
    {
        var opened = Notice(EscalationNotice.Opened);
        var reminder = opened with { Notice = EscalationNotice.Reminder };

        await notifications.Harness.Bus.Publish(opened);
        await notifications.Harness.Bus.Publish(reminder);
        await notifications.Harness.Bus.Publish(reminder);
        await notifications.Harness.Bus.Publish(opened with { Notice = EscalationNotice.Expired });

        // The second reminder is answered from the ledger: published again, mailed once.
        await notifications.Harness.InactivityTask;
        notifications.Harness.Published.Select<ReturnEmailSent>(HarnessQuiet.Snapshot).Count().ShouldBe(4);
        sink.Mailbox.List(Operations).Select(m => m.Subject.Split(':')[0]).Order()
            .ShouldBe(["Expired", "Reminder", "Return for order ORD-2001 waits for a manager's approval"]);
    }

    [Fact]
    public async Task Faults_a_notice_without_an_escalation_id()
    {
        await notifications.Harness.Bus.Publish(Notice(EscalationNotice.Opened) with { EscalationId = Guid.Empty });

        var fault = await notifications.Harness.Published.SelectAsync<Fault<SendEscalationNotice>>().FirstOrDefault();
        fault.ShouldNotBeNull();
        fault.Context.Message.Exceptions.ShouldHaveSingleItem().ExceptionType.ShouldBe(typeof(BadMessageException).FullName);
        sink.Mailbox.List().ShouldBeEmpty();
    }

    private static SendEscalationNotice Notice(EscalationNotice notice) => new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        "ORD-2001",
        EscalationKind.Approval,
        notice,
        "return-window: Requested 75 days after purchase; the window is 60 days",
        new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
}
