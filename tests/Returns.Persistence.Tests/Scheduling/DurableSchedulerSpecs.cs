using MassTransit.Scheduling;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Scheduling;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Scheduling;

/// <summary>The scheduler at consumer level: IMessageScheduler on one side, a plain consumer on the other, the real database between.</summary>
public sealed class DurableSchedulerSpecs
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private readonly ManualClock clock = new();

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_message_scheduled_seven_days_out_is_stored_with_its_due_time_and_not_delivered_before(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await SchedulerHost.Start(database.Options, clock);
        var due = clock.GetUtcNow() + Week;

        var handle = await host.Schedule(new Reminder(Guid.NewGuid(), "inspect the parcel"), due);
        await host.WaitForRow(handle.TokenId, ScheduledMessageStatus.Pending);

        var row = (await host.Row(handle.TokenId))!;
        row.DueTime.Kind.ShouldBe(DateTimeKind.Utc);
        row.DueTime.ShouldBe(due.UtcDateTime, TimeSpan.FromMilliseconds(1));
        row.DestinationAddress.ShouldEndWith(ReminderConsumer.Queue);
        row.ContentType.ShouldBe("application/vnd.masstransit+json");
        row.MessageType.ShouldContain("urn:message:Returns.Persistence.Tests.Scheduling:Reminder");
        row.Body.ShouldContain("inspect the parcel");
        row.CreatedAt.ShouldBe(clock.GetUtcNow().UtcDateTime, TimeSpan.FromMilliseconds(1));

        clock.Advance(Week - TimeSpan.FromMinutes(1));
        (await host.DispatchDue()).ShouldBe(0);
        await Task.Delay(Eventually.SeveralPolls);

        host.Deliveries.All.ShouldBeEmpty();
        (await host.Row(handle.TokenId))!.ShouldSatisfyAllConditions(
            r => r.Status.ShouldBe(ScheduledMessageStatus.Pending),
            r => r.Attempts.ShouldBe(0));
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Moving_the_clock_past_the_due_time_delivers_it_exactly_once_with_its_token(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await SchedulerHost.Start(database.Options, clock);
        var reminder = new Reminder(Guid.NewGuid(), "refund is due");
        var handle = await host.Schedule(reminder, clock.GetUtcNow() + Week);
        await host.WaitForRow(handle.TokenId, ScheduledMessageStatus.Pending);

        clock.Advance(Week + TimeSpan.FromSeconds(1));
        await Eventually.True(() => host.Deliveries.All.Count > 0, "the reminder is delivered");
        await host.WaitForRow(handle.TokenId, ScheduledMessageStatus.Delivered);
        (await host.DispatchDue()).ShouldBe(0);
        await Task.Delay(Eventually.SeveralPolls);

        var delivery = host.Deliveries.All.ShouldHaveSingleItem();
        delivery.Message.ShouldBe(reminder);
        delivery.TokenId.ShouldBe(handle.TokenId);
        var row = (await host.Row(handle.TokenId))!;
        delivery.MessageId.ShouldBe(row.MessageId);
        row.Attempts.ShouldBe(1);
        row.CompletedAt.ShouldNotBeNull().ShouldBe(clock.GetUtcNow().UtcDateTime, TimeSpan.FromMilliseconds(1));
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_cancelled_message_never_fires(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await SchedulerHost.Start(database.Options, clock);
        var handle = await host.Schedule(new Reminder(Guid.NewGuid(), "cancelled"), clock.GetUtcNow() + Week);
        await host.WaitForRow(handle.TokenId, ScheduledMessageStatus.Pending);

        await host.Cancel(handle.TokenId);
        await host.WaitForRow(handle.TokenId, ScheduledMessageStatus.Cancelled);
        clock.Advance(Week * 2);
        (await host.DispatchDue()).ShouldBe(0);
        await Task.Delay(Eventually.SeveralPolls);

        host.Deliveries.All.ShouldBeEmpty();
        (await host.Row(handle.TokenId))!.Attempts.ShouldBe(0);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_cancel_that_overtakes_its_schedule_still_wins(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await SchedulerHost.Start(database.Options, clock);
        var tokenId = Guid.NewGuid();

        await host.SendToScheduler(new CancelScheduledMessageCommand(tokenId));
        await host.WaitForRow(tokenId, ScheduledMessageStatus.Cancelled);
        await ALateScheduleIsNotStored(host, tokenId);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_cancel_applied_in_a_transition_before_its_schedule_arrives_leaves_a_tombstone_the_schedule_respects(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await SchedulerHost.Start(database.Options, clock);
        var tokenId = Guid.NewGuid();
        var pendingTokenId = Guid.NewGuid();
        await host.Insert(new ScheduledMessageRow
        {
            TokenId = pendingTokenId, MessageId = Guid.NewGuid(), ScheduleMessageId = Guid.NewGuid(),
            DestinationAddress = SchedulerHost.ReminderQueue.ToString(), DueTime = (clock.GetUtcNow() + Week).UtcDateTime,
            ContentType = "application/vnd.masstransit+json", MessageType = "urn:message:x", Body = "{}",
            Status = ScheduledMessageStatus.Pending, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });

        // What a saga's transition does when it unschedules a token scheduled through the broker and not stored yet.
        await host.InTransaction(async db =>
        {
            var memory = new OutboxPassMemory();
            memory.Cancelled.UnionWith([tokenId, pendingTokenId]);
            await LocalScheduleCapture.ApplyCancellations(db, memory, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        });

        (await host.Row(tokenId))!.IsTombstone.ShouldBeTrue();
        (await host.Row(pendingTokenId))!.Status.ShouldBe(ScheduledMessageStatus.Cancelled);
        await ALateScheduleIsNotStored(host, tokenId);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_schedule_command_delivered_twice_fires_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await SchedulerHost.Start(database.Options, clock);
        var tokenId = Guid.NewGuid();
        var commandId = Guid.NewGuid();
        var command = new ScheduleMessageCommand<Reminder>(
            (clock.GetUtcNow() + Week).UtcDateTime, SchedulerHost.ReminderQueue, new Reminder(Guid.NewGuid(), "once"), tokenId);

        await host.SendToScheduler(command, commandId);
        await host.WaitForRow(tokenId, ScheduledMessageStatus.Pending);
        clock.Advance(Week * 2);
        await Eventually.True(() => host.Deliveries.All.Count > 0, "the reminder is delivered");
        await host.WaitForRow(tokenId, ScheduledMessageStatus.Delivered);
        // The broker hands the same command over again after it already fired.
        // (The harness lists drop a repeated MessageId, so a later marker shows the queue got that far.)
        await host.SendToScheduler(command, commandId);
        var marker = await host.Schedule(new Reminder(Guid.NewGuid(), "marker"), clock.GetUtcNow() + Week);
        await host.WaitForRow(marker.TokenId, ScheduledMessageStatus.Pending);
        await Task.Delay(Eventually.SeveralPolls);

        host.Deliveries.All.ShouldHaveSingleItem().TokenId.ShouldBe(tokenId);
        (await host.Row(tokenId))!.Status.ShouldBe(ScheduledMessageStatus.Delivered);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_message_scheduled_before_a_restart_is_delivered_after_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        var reminder = new Reminder(Guid.NewGuid(), "survives a restart");
        Guid tokenId;
        await using (var before = await SchedulerHost.Start(database.Options, clock))
        {
            tokenId = (await before.Schedule(reminder, clock.GetUtcNow() + Week)).TokenId;
            await before.WaitForRow(tokenId, ScheduledMessageStatus.Pending);
        }

        await using var after = await SchedulerHost.Start(database.Options, clock);
        clock.Advance(Week + TimeSpan.FromMinutes(1));
        await Eventually.True(() => after.Deliveries.All.Count > 0, "the reminder is delivered after the restart");
        await after.WaitForRow(tokenId, ScheduledMessageStatus.Delivered);

        var delivery = after.Deliveries.All.ShouldHaveSingleItem();
        delivery.Message.ShouldBe(reminder);
        delivery.TokenId.ShouldBe(tokenId);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Two_dispatchers_on_one_database_deliver_each_due_message_once(DatabaseProvider provider)
    {
        const int count = 20;
        await using var database = await TestDatabase.Create(provider);
        await using var first = await SchedulerHost.Start(database.Options, clock);
        await using var second = await SchedulerHost.Start(database.Options, clock);
        var reminders = Enumerable.Range(1, count).Select(i => new Reminder(Guid.NewGuid(), $"reminder {i}")).ToList();
        foreach (var reminder in reminders)
        {
            await first.Schedule(reminder, clock.GetUtcNow() + TimeSpan.FromDays(1));
        }

        await Eventually.True(async () => (await first.Rows()).Count == count, "every reminder is stored");
        clock.Advance(TimeSpan.FromDays(2));
        // Both background dispatchers poll, and the test races two more passes against them.
        await Task.WhenAll(first.DispatchDue(), second.DispatchDue(), first.DispatchDue(), second.DispatchDue());
        await Eventually.True(() => first.Deliveries.All.Count + second.Deliveries.All.Count >= count, "every reminder is delivered");
        await Task.Delay(Eventually.SeveralPolls);

        var delivered = first.Deliveries.All.Concat(second.Deliveries.All).Select(d => d.Message.ReminderId).ToList();
        delivered.Count.ShouldBe(count);
        delivered.ShouldBe(reminders.Select(r => r.ReminderId), ignoreOrder: true);
        (await first.Rows()).ShouldAllBe(r => r.Status == ScheduledMessageStatus.Delivered && r.Attempts == 1);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_message_that_cannot_be_sent_stays_due_and_fails_after_its_attempts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        // Polling is left to the test here, so every attempt is counted exactly.
        await using var host = await SchedulerHost.Start(database.Options, clock, configureScheduler: o =>
        {
            o.PollIntervalMs = (int)TimeSpan.FromHours(1).TotalMilliseconds;
            o.MaxAttempts = 3;
        });
        var now = clock.GetUtcNow().UtcDateTime;
        var tokenId = Guid.NewGuid();
        await host.Insert(new ScheduledMessageRow
        {
            TokenId = tokenId,
            MessageId = Guid.NewGuid(),
            DestinationAddress = SchedulerHost.ReminderQueue.ToString(),
            DueTime = now.AddMinutes(1),
            ContentType = "application/x-nobody-reads-this",
            MessageType = "urn:message:Returns.Persistence.Tests.Scheduling:Reminder",
            Body = "{}",
            CreatedAt = now,
        });
        clock.Advance(TimeSpan.FromMinutes(2));

        (await host.DispatchDue()).ShouldBe(0);
        var afterFirst = (await host.Row(tokenId))!;
        afterFirst.Status.ShouldBe(ScheduledMessageStatus.Pending);
        afterFirst.Attempts.ShouldBe(1);
        afterFirst.LastError.ShouldNotBeNullOrWhiteSpace();
        afterFirst.LockedUntil.ShouldBeNull();

        await host.DispatchDue();
        await host.DispatchDue();
        await host.DispatchDue();

        var final = (await host.Row(tokenId))!;
        final.Status.ShouldBe(ScheduledMessageStatus.Failed);
        final.Attempts.ShouldBe(3);
        host.Deliveries.All.ShouldBeEmpty();
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Delivered_rows_are_kept_for_the_retention_period_then_purged(DatabaseProvider provider)
    {
        var retention = TimeSpan.FromDays(3);
        await using var database = await TestDatabase.Create(provider);
        await using var host = await SchedulerHost.Start(database.Options, clock, configureScheduler: o => o.DeliveredRetention = retention);
        var handle = await host.Schedule(new Reminder(Guid.NewGuid(), "audit me"), clock.GetUtcNow() + TimeSpan.FromMinutes(5));
        await host.WaitForRow(handle.TokenId, ScheduledMessageStatus.Pending);
        clock.Advance(TimeSpan.FromMinutes(10));
        await host.WaitForRow(handle.TokenId, ScheduledMessageStatus.Delivered);

        clock.Advance(retention - TimeSpan.FromMinutes(1));
        (await host.PurgeCompleted()).ShouldBe(0);
        (await host.Row(handle.TokenId)).ShouldNotBeNull();

        // Past the retention, and past the background service's purge cadence (every 10 minutes).
        clock.Advance(TimeSpan.FromHours(1));
        await Eventually.True(async () => await host.Row(handle.TokenId) is null, "the delivered row is purged");
    }

    /// <summary>The schedule of a token cancelled before it arrived: consumed, never stored, never delivered.</summary>
    private async Task ALateScheduleIsNotStored(SchedulerHost host, Guid tokenId)
    {
        await host.SendToScheduler(new ScheduleMessageCommand<Reminder>(
            (clock.GetUtcNow() + Week).UtcDateTime, SchedulerHost.ReminderQueue, new Reminder(Guid.NewGuid(), "late schedule"), tokenId));
        await Eventually.True(() => host.Harness.Consumed.Any<ScheduleMessage>(), "the late schedule is consumed");
        clock.Advance(Week * 2);
        (await host.DispatchDue()).ShouldBe(0);

        host.Deliveries.All.ShouldBeEmpty();
        (await host.Row(tokenId))!.IsTombstone.ShouldBeTrue();
    }
}
