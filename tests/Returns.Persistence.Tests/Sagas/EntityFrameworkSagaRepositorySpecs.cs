using MassTransit;
using MassTransit.Testing;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;
using Returns.Persistence.Tests.Scheduling;
using Returns.Persistence.Tests.Sagas.Counters;

namespace Returns.Persistence.Tests.Sagas;

/// <summary>The repository contract as MassTransit drives it, on the test harness, against each provider.</summary>
public sealed class EntityFrameworkSagaRepositorySpecs
{
    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Inserts_the_saga_when_its_initiating_event_arrives(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await CounterHost.Start(database);
        var id = NewId.NextGuid();

        await host.Publish(new CounterStarted(id, "alpha"));

        (await host.Saga.Exists(id, m => m.Active)).ShouldBe(id);
        var row = (await host.Read(id))!;
        row.Name.ShouldBe("alpha");
        row.Starts.ShouldBe(1);
        // Inserted at 0 before the behaviour ran, updated once after it.
        row.Version.ShouldBe(1);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Saves_a_saga_started_without_insert_on_initial(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await CounterHost.Start(database);
        var id = NewId.NextGuid();

        await host.Publish(new CounterOpened(id, "opened"));

        (await host.Saga.Exists(id, m => m.Active)).ShouldBe(id);
        var row = (await host.Read(id))!;
        row.Name.ShouldBe("opened");
        row.Version.ShouldBe(0);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Loads_and_updates_the_saga_for_each_later_event(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await CounterHost.Start(database);
        var id = NewId.NextGuid();
        await host.Publish(new CounterStarted(id, "alpha"));
        (await host.Saga.Exists(id, m => m.Active)).ShouldBe(id);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.Publish(new CounterIncremented(id))));

        (await host.Eventually(id, row => row?.Count == 3)).ShouldBeTrue();
        (await host.Read(id))!.Version.ShouldBe(4);
        await host.Harness.InactivityTask;
        host.Harness.Published.Select<CounterChanged>().Select(m => m.Context.Message.Count).Order().ShouldBe([1, 2, 3]);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Deletes_the_saga_when_it_finalizes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await CounterHost.Start(database);
        var id = NewId.NextGuid();
        await host.Publish(new CounterStarted(id, "alpha"));
        (await host.Saga.Exists(id, m => m.Active)).ShouldBe(id);

        await host.Publish(new CounterClosed(id));

        (await host.Saga.NotExists(id)).ShouldBeNull();
        (await host.RowCount()).ShouldBe(0);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Answers_a_message_for_a_missing_saga_and_creates_none(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await CounterHost.Start(database);
        var id = NewId.NextGuid();

        await host.Publish(new CounterPoked(id));

        await Eventually.True(() => host.Harness.Published.Any<CounterNotFound>(m => m.Context.Message.CounterId == id), "CounterNotFound is published");
        (await host.Harness.Published.Any<Fault<CounterPoked>>()).ShouldBeFalse();
        (await host.RowCount()).ShouldBe(0);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Writes_nothing_for_a_read_only_event(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await CounterHost.Start(database);
        var id = NewId.NextGuid();
        await host.Publish(new CounterStarted(id, "alpha"));
        (await host.Saga.Exists(id, m => m.Active)).ShouldBe(id);

        await host.Publish(new CounterPoked(id));

        await Eventually.True(() => host.Saga.Consumed.Any<CounterPoked>(m => m.Context.Message.CounterId == id), "the saga consumed CounterPoked");
        await host.Harness.InactivityTask;
        var row = (await host.Read(id))!;
        row.Count.ShouldBe(0);
        row.Version.ShouldBe(1);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Finds_sagas_by_state_and_by_query(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await CounterHost.Start(database);
        var alpha = NewId.NextGuid();
        var beta = NewId.NextGuid();
        await host.Publish(new CounterStarted(alpha, "alpha"));
        await host.Publish(new CounterStarted(beta, "beta"));

        (await host.Saga.Exists(alpha, m => m.Active)).ShouldBe(alpha);
        (await host.Saga.Exists(beta, m => m.Active)).ShouldBe(beta);
        (await host.Saga.Match(counter => counter.Name == "beta")).ShouldBe([beta]);
        (await host.Saga.Match(counter => counter.CurrentState == "Active")).ShouldBe([alpha, beta], ignoreOrder: true);
        (await host.Saga.Exists(alpha, m => m.Final, TimeSpan.FromMilliseconds(200))).ShouldBeNull();

        // Correlated by name, so MassTransit goes through SendQuery.
        await host.Publish(new CounterRenamed("beta", "gamma"));
        await host.Publish(new CounterRenamed("nobody", "anything"));

        (await host.Eventually(beta, row => row?.Name == "gamma")).ShouldBeTrue();
        (await host.Read(beta))!.Version.ShouldBe(2);
        (await host.Read(alpha))!.Name.ShouldBe("alpha");
        (await host.RowCount()).ShouldBe(2);
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Starts_one_saga_when_its_initiating_message_arrives_twice(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await CounterHost.Start(database);
        var id = NewId.NextGuid();

        await Task.WhenAll(host.Publish(new CounterStarted(id, "alpha")), host.Publish(new CounterStarted(id, "alpha")));

        (await host.Eventually(id, row => row?.Starts == 2)).ShouldBeTrue();
        (await host.RowCount()).ShouldBe(1);
        (await host.Read(id))!.Version.ShouldBe(2);
        (await host.Harness.Published.Any<Fault<CounterStarted>>()).ShouldBeFalse();
    }
}
