using MassTransit;
using MassTransit.Testing;
using Returns.Persistence.Providers;
using Returns.Persistence.Scheduling;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Scheduling;

/// <summary>A state machine's Schedule/Unschedule through the durable scheduler, the way the orchestrator will use it.</summary>
public sealed class ScheduledTimeoutSpecs
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly ManualClock clock = new();

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task The_saga_gets_its_timeout_once_the_clock_passes_the_due_time(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await StartWithSaga(database);
        var saga = host.Harness.GetSagaStateMachineHarness<ParcelWatchStateMachine, ParcelWatch>();
        var watchId = NewId.NextGuid();

        await host.Harness.Bus.Publish(new WatchParcel(watchId));
        var tokenId = await ScheduledToken(saga, watchId);
        await host.WaitForRow(tokenId, ScheduledMessageStatus.Pending);
        (await host.Row(tokenId))!.DueTime.ShouldBe(DateTime.UtcNow + ParcelWatchStateMachine.Patience, TimeSpan.FromSeconds(30));

        clock.Advance(ParcelWatchStateMachine.Patience - TimeSpan.FromHours(1));
        (await host.DispatchDue()).ShouldBe(0);
        saga.Sagas.Contains(watchId).CurrentState.ShouldBe(nameof(ParcelWatchStateMachine.Waiting));

        clock.Advance(TimeSpan.FromHours(2));
        (await saga.Exists(watchId, m => m.Overdue, Wait)).ShouldBe(watchId);
        await host.WaitForRow(tokenId, ScheduledMessageStatus.Delivered);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task After_Unschedule_the_timeout_never_arrives(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await StartWithSaga(database);
        var saga = host.Harness.GetSagaStateMachineHarness<ParcelWatchStateMachine, ParcelWatch>();
        var watchId = NewId.NextGuid();
        await host.Harness.Bus.Publish(new WatchParcel(watchId));
        var tokenId = await ScheduledToken(saga, watchId);
        await host.WaitForRow(tokenId, ScheduledMessageStatus.Pending);

        await host.Harness.Bus.Publish(new ParcelArrived(watchId));
        (await saga.Exists(watchId, m => m.Received, Wait)).ShouldBe(watchId);
        await host.WaitForRow(tokenId, ScheduledMessageStatus.Cancelled);
        clock.Advance(ParcelWatchStateMachine.Patience * 2);
        (await host.DispatchDue()).ShouldBe(0);
        await Task.Delay(Eventually.SeveralPolls);

        saga.Sagas.Contains(watchId).CurrentState.ShouldBe(nameof(ParcelWatchStateMachine.Received));
        (await host.Row(tokenId))!.Attempts.ShouldBe(0);
        (await host.Rows()).ShouldAllBe(r => r.Status == ScheduledMessageStatus.Cancelled);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_stale_timeout_that_still_fires_is_ignored_thanks_to_its_token(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await StartWithSaga(database);
        var saga = host.Harness.GetSagaStateMachineHarness<ParcelWatchStateMachine, ParcelWatch>();
        var watchId = NewId.NextGuid();
        await host.Harness.Bus.Publish(new WatchParcel(watchId));
        var firstToken = await ScheduledToken(saga, watchId);
        await host.WaitForRow(firstToken, ScheduledMessageStatus.Pending);

        // Rescheduling cancels the first timeout; pretend that cancel lost the race with delivery.
        await host.Harness.Bus.Publish(new ExtendWatch(watchId));
        await host.WaitForRow(firstToken, ScheduledMessageStatus.Cancelled);
        var secondToken = saga.Sagas.Contains(watchId).ArrivalTimeoutTokenId!.Value;
        secondToken.ShouldNotBe(firstToken);
        await host.Revive(firstToken);

        clock.Advance(ParcelWatchStateMachine.Patience + TimeSpan.FromHours(1));
        await host.WaitForRow(firstToken, ScheduledMessageStatus.Delivered);
        await Eventually.True(
            () => host.Harness.Consumed.Any<ParcelOverdue>(m => m.Context.GetSchedulingTokenId() == firstToken),
            "the saga received the stale timeout");
        saga.Sagas.Contains(watchId).CurrentState.ShouldBe(nameof(ParcelWatchStateMachine.Waiting));

        clock.Advance(ParcelWatchStateMachine.ExtendedPatience);
        (await saga.Exists(watchId, m => m.Overdue, Wait)).ShouldBe(watchId);
        await host.WaitForRow(secondToken, ScheduledMessageStatus.Delivered);
    }

    private Task<SchedulerHost> StartWithSaga(TestDatabase database) =>
        SchedulerHost.Start(database.Options, clock, bus => bus.AddSagaStateMachine<ParcelWatchStateMachine, ParcelWatch>());

    private static async Task<Guid> ScheduledToken(ISagaStateMachineTestHarness<ParcelWatchStateMachine, ParcelWatch> saga, Guid watchId)
    {
        (await saga.Exists(watchId, m => m.Waiting, Wait)).ShouldBe(watchId);
        return saga.Sagas.Contains(watchId).ArrivalTimeoutTokenId.ShouldNotBeNull();
    }
}
