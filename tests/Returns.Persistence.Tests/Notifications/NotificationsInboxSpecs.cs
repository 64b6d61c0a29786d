using MassTransit;
using Microsoft.EntityFrameworkCore;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Notifications;

/// <summary>The Notifications consumers behind the inbox/outbox, as the service runs them, mailing the sandbox's SMTP sink.</summary>
public sealed class NotificationsInboxSpecs
{
    private const string Ada = "ada@example.test";

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_redelivered_SendReturnConfirmation_sends_one_email_and_publishes_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var sink = await SmtpSinkHost.StartAsync();
        var published = new ReturnEmailSentProbe.Received();
        await using var notifications = await NotificationsOutboxHost.StartAsync(database, sink.Port, published);
        var returnId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var command = Confirmation(returnId);

        await notifications.Send(command, messageId);
        await NotificationsOutboxHost.Eventually(() => notifications.Deliveries.Of(messageId) == 1, "first delivery consumed");
        await NotificationsOutboxHost.Eventually(() => published.Of(returnId).Count == 1, "ReturnEmailSent delivered");
        await notifications.Send(command, messageId);
        await NotificationsOutboxHost.Eventually(() => notifications.Deliveries.Of(messageId) == 2, "redelivery handled");

        await Task.Delay(300); // a second email or event, had there been one, would have arrived by now
        sink.Mailbox.List(Ada).Count(m => m.Subject.Contains("ORD-1001")).ShouldBe(1);
        published.Of(returnId).ShouldBe([new ReturnEmailSent(returnId, ReturnEmailKind.Confirmation, Ada)]);
        notifications.Deliveries.FaultsOf(messageId).ShouldBe(0, "the copy is recognised, not failed");
        var inbox = await notifications.Query(db => db.Set<InboxState>().SingleAsync(x => x.MessageId == messageId));
        inbox.ReceiveCount.ShouldBe(2);
        inbox.Consumed.ShouldNotBeNull();
        (await notifications.Query(db => db.Set<OutboxMessage>().CountAsync())).ShouldBe(0, "the delivered event left the outbox");
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_redelivery_after_a_restart_sends_no_second_email(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var sink = await SmtpSinkHost.StartAsync();
        var published = new ReturnEmailSentProbe.Received();
        var returnId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var command = Confirmation(returnId);

        await using (var before = await NotificationsOutboxHost.StartAsync(database, sink.Port, published))
        {
            await before.Send(command, messageId);
            await NotificationsOutboxHost.Eventually(() => published.Of(returnId).Count == 1, "ReturnEmailSent delivered");
        }

        // A new process: its in-memory ledger is empty, so only the inbox in the database knows the message.
        await using var after = await NotificationsOutboxHost.StartAsync(database, sink.Port, published);
        await after.Send(command, messageId);
        await NotificationsOutboxHost.Eventually(() => after.Deliveries.Of(messageId) == 1, "redelivery handled");

        await Task.Delay(300);
        sink.Mailbox.List(Ada).Count(m => m.Subject.Contains("ORD-1001")).ShouldBe(1);
        published.Of(returnId).Count.ShouldBe(1);
        after.Deliveries.FaultsOf(messageId).ShouldBe(0);
        (await after.Query(db => db.Set<InboxState>().SingleAsync(x => x.MessageId == messageId))).ReceiveCount.ShouldBe(2);
    }

    private static SendReturnConfirmation Confirmation(Guid returnId) => new(
        returnId,
        "ORD-1001",
        new Customer("Ada Lovelace", Ada),
        "1Z999AA10123456784",
        "http://127.0.0.1:5080/carrier/labels/LBL-1/pdf",
        [new OrderLine("SKU-MUG", "Mug", 2, 12.50m, false)],
        25.00m,
        "EUR");
}
