using MassTransit;
using MassTransit.Testing;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;
using Returns.Persistence.Tests.Sagas.Counters;
using Xunit.Abstractions;

namespace Returns.Persistence.Tests.Sagas;

/// <summary>
/// Two replicas (two service providers, two buses, one database) writing the same saga. PostgreSQL
/// lets both read the same version and the later writer conflicts; SQLite admits one writer at a
/// time, so the second waits instead. Either way no update is lost.
/// </summary>
public sealed class SagaConcurrencySpecs(ITestOutputHelper output)
{
    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Two_replicas_incrementing_one_saga_lose_no_update(DatabaseProvider provider)
    {
        const int perReplica = 20;
        await using var database = await TestDatabase.Create(provider);
        await using var first = await CounterHost.Start(database);
        await using var second = await CounterHost.Start(database);
        var id = NewId.NextGuid();
        await first.Publish(new CounterStarted(id, "shared"));
        (await first.Saga.Exists(id, m => m.Active)).ShouldBe(id);

        await Task.WhenAll(
            Task.WhenAll(Enumerable.Range(0, perReplica).Select(_ => first.Publish(new CounterIncremented(id)))),
            Task.WhenAll(Enumerable.Range(0, perReplica).Select(_ => second.Publish(new CounterIncremented(id)))));

        (await first.Eventually(id, row => row?.Count == 2 * perReplica, TimeSpan.FromSeconds(20))).ShouldBeTrue();
        await Task.WhenAll(first.Harness.InactivityTask, second.Harness.InactivityTask);
        var row = (await first.Read(id))!;
        row.Count.ShouldBe(2 * perReplica);
        row.Version.ShouldBe(1 + 2 * perReplica);
        // A conflicting attempt's publish is discarded with it: one CounterChanged per counted increment.
        var published = first.Harness.Published.Select<CounterChanged>().Concat(second.Harness.Published.Select<CounterChanged>());
        published.Select(m => m.Context.Message.Count).Order().ShouldBe(Enumerable.Range(1, 2 * perReplica));
        (await first.Harness.Published.Any<Fault<CounterIncremented>>()).ShouldBeFalse();
        (await second.Harness.Published.Any<Fault<CounterIncremented>>()).ShouldBeFalse();
        output.WriteLine($"{provider}: {first.Conflicts.Conflicts + second.Conflicts.Conflicts} conflicts retried");
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_replica_that_read_before_another_wrote_does_not_overwrite_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        var gate = new Gate();
        await using var slow = await CounterHost.Start(database, gate: gate);
        await using var fast = await CounterHost.Start(database);
        var id = NewId.NextGuid();
        await slow.Publish(new CounterStarted(id, "shared"));
        (await slow.Saga.Exists(id, m => m.Active)).ShouldBe(id);

        await slow.Publish(new CounterIncrementedSlowly(id));
        await gate.Reached.WaitAsync(TimeSpan.FromSeconds(10));
        await fast.Publish(new CounterIncremented(id));
        // On SQLite the fast replica cannot get in, so a second of waiting shows it does not.
        var fastWroteMeanwhile = await fast.Eventually(id, row => row?.Count == 1, TimeSpan.FromSeconds(provider == DatabaseProvider.Sqlite ? 1 : 10));
        gate.Open();

        (await slow.Eventually(id, row => row?.Count == 2)).ShouldBeTrue();
        (await slow.Read(id))!.Version.ShouldBe(3);
        if (provider == DatabaseProvider.PostgreSql)
        {
            // The fast replica committed while the slow one held its stale copy; the slow write
            // failed the Version check, and its retry read the new row.
            fastWroteMeanwhile.ShouldBeTrue();
            slow.Conflicts.Conflicts.ShouldBe(1);
            gate.Passes.ShouldBe(2);
        }
        else
        {
            // SQLite: the slow replica's transaction held the database lock; the fast one waited.
            fastWroteMeanwhile.ShouldBeFalse();
            (slow.Conflicts.Conflicts + fast.Conflicts.Conflicts).ShouldBe(0);
            gate.Passes.ShouldBe(1);
        }
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_conflicting_write_is_retried_and_its_messages_go_out_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        var rival = new Rival();
        await using var host = await CounterHost.Start(database, rival: rival);
        var id = NewId.NextGuid();
        await host.Publish(new CounterStarted(id, "alpha"));
        (await host.Saga.Exists(id, m => m.Active)).ShouldBe(id);

        await host.Publish(new CounterIncrementedAgainstRival(id));

        (await host.Eventually(id, row => row?.Count == 1)).ShouldBeTrue();
        await host.Harness.InactivityTask;
        host.Conflicts.Conflicts.ShouldBe(1);
        rival.Calls.ShouldBe(2);
        (await host.Read(id))!.Version.ShouldBe(2);
        host.Harness.Published.Select<CounterChanged>().Count(m => m.Context.Message.CounterId == id).ShouldBe(1);
    }
}
