using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Returns.Contracts.Status;
using Returns.Orchestrator;
using Returns.Orchestrator.Persistence;
using Returns.Orchestrator.Persistence.DesignTime;
using Returns.Orchestrator.Queries;
using Returns.Orchestrator.StateMachines;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Sagas;

/// <summary>SearchReturns answered from migrated saga rows, on each provider.</summary>
public sealed class SearchReturnsConsumerSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Filters_by_state_and_by_order_newest_first(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var services = await Seeded(database,
            Row(1, "Completed", "ORD-1", Start),
            Row(2, "Completed", "ORD-2", Start.AddMinutes(10)),
            Row(3, "Rejected", "ORD-1", Start.AddMinutes(20)),
            // Same instant written with another offset: stored in UTC, it sorts as the instant it is.
            Row(4, "Completed", "ORD-1", new DateTimeOffset(2026, 3, 1, 11, 5, 0, TimeSpan.FromHours(2))));

        var completed = await Search(services, new SearchReturns("Completed", null, 1, 20));
        completed.Total.ShouldBe(3);
        completed.Items.Select(i => i.ReturnId).ShouldBe([Id(2), Id(4), Id(1)]);

        var forOrder = await Search(services, new SearchReturns(null, "ORD-1", 1, 20));
        forOrder.Items.Select(i => i.ReturnId).ShouldBe([Id(3), Id(4), Id(1)]);

        var both = await Search(services, new SearchReturns("Completed", "ORD-1", 1, 20));
        both.Total.ShouldBe(2);
        var newest = both.Items[0];
        newest.ShouldBe(new ReturnSummary(Id(4), "Completed", "ORD-1", Start.AddMinutes(5), Start.AddMinutes(6), "reason 4"));

        (await Search(services, new SearchReturns("Cancelled", null, 1, 20))).ShouldSatisfyAllConditions(
            page => page.Total.ShouldBe(0),
            page => page.Items.ShouldBeEmpty());
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Pages_through_returns_in_a_stable_order(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        // Two share an instant: the id breaks the tie, the same way on every page.
        await using var services = await Seeded(database,
            Row(1, "Completed", "ORD-1", Start),
            Row(2, "Completed", "ORD-1", Start.AddMinutes(1)),
            Row(3, "Completed", "ORD-1", Start.AddMinutes(1)),
            Row(4, "Completed", "ORD-1", Start.AddMinutes(2)),
            Row(5, "Completed", "ORD-1", Start.AddMinutes(3)));

        var first = await Search(services, new SearchReturns(null, null, 1, 2));
        var second = await Search(services, new SearchReturns(null, null, 2, 2));
        var third = await Search(services, new SearchReturns(null, null, 3, 2));
        var beyond = await Search(services, new SearchReturns(null, null, 4, 2));

        first.Total.ShouldBe(5);
        (first.Page, first.PageSize).ShouldBe((1, 2));
        first.Items.Select(i => i.ReturnId).ShouldBe([Id(5), Id(4)]);
        second.Items.Select(i => i.ReturnId).Order().ShouldBe([Id(2), Id(3)]);
        third.Items.Select(i => i.ReturnId).ShouldBe([Id(1)]);
        beyond.Items.ShouldBeEmpty();
        beyond.Total.ShouldBe(5);
        var again = await Search(services, new SearchReturns(null, null, 2, 2));
        again.Items.Select(i => i.ReturnId).ShouldBe(second.Items.Select(i => i.ReturnId));
    }

    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Filters_by_when_requested_from_inclusive_to_exclusive(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var services = await Seeded(database,
            Row(1, "Completed", "ORD-1", Start),
            Row(2, "Completed", "ORD-1", Start.AddMinutes(10)),
            Row(3, "Rejected", "ORD-2", Start.AddMinutes(10).AddMilliseconds(1)),
            Row(4, "Completed", "ORD-1", Start.AddMinutes(20)),
            Row(5, "Completed", "ORD-1", Start.AddDays(1)));

        // Bounds given with another offset mean the same instants.
        var from = Start.AddMinutes(10).ToOffset(TimeSpan.FromHours(-5));
        var to = Start.AddMinutes(20).ToOffset(TimeSpan.FromHours(3));
        var window = await Search(services, new SearchReturns(null, null, 1, 20, from, to));
        window.Total.ShouldBe(2);
        window.Items.Select(i => i.ReturnId).ShouldBe([Id(3), Id(2)]);

        (await Search(services, new SearchReturns(null, null, 1, 20, From: Start.AddMinutes(20)))).Items.Select(i => i.ReturnId).ShouldBe([Id(5), Id(4)]);
        (await Search(services, new SearchReturns(null, null, 1, 20, To: Start.AddMinutes(10)))).Items.Select(i => i.ReturnId).ShouldBe([Id(1)]);
        (await Search(services, new SearchReturns("Completed", "ORD-1", 1, 20, Start, Start.AddDays(1)))).Items.Select(i => i.ReturnId).ShouldBe([Id(4), Id(2), Id(1)]);
    }

    [Fact]
    public void On_SQL_Server_the_range_is_a_datetimeoffset_comparison_and_the_order_by_the_instant()
    {
        // No server here: the query SQL Server would run, translated but not executed.
        using var db = new OrchestratorSqlServerDesignTimeFactory().CreateDbContext([]);

        var sql = db.Matching(new SearchReturns("Completed", "ORD-1", 1, 20, Start, Start.AddDays(1))).NewestFirst(db).ToQueryString();

        sql.ShouldContain("[r].[RequestedAt] >= @");
        sql.ShouldContain("[r].[RequestedAt] < @");
        sql.ShouldContain("ORDER BY [r].[RequestedAt] DESC, [r].[CorrelationId]");
        sql.ShouldContain("datetimeoffset");
    }

    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    private static ReturnState Row(int n, string state, string order, DateTimeOffset requestedAt) => new()
    {
        CorrelationId = Id(n),
        CurrentState = state,
        OrderNumber = order,
        Reason = "Too small",
        RequestedAt = requestedAt,
        UpdatedAt = requestedAt.AddMinutes(1),
        StatusReason = $"reason {n}",
    };

    private static async Task<ServiceProvider> Seeded(TestDatabase database, params ReturnState[] rows)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddOrchestratorDbContext(database.Options)
            .AddMassTransitTestHarness(bus =>
            {
                bus.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(20));
                bus.AddReturnQueries();
            })
            .BuildServiceProvider(validateScopes: true);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
            await db.Database.MigrateAsync();
            db.ReturnStates.AddRange(rows);
            await db.SaveChangesAsync();
        }

        await services.GetRequiredService<ITestHarness>().Start();
        return services;
    }

    private static async Task<ReturnsPage> Search(ServiceProvider services, SearchReturns search)
    {
        var client = services.GetRequiredService<ITestHarness>().GetRequestClient<SearchReturns>();
        return (await client.GetResponse<ReturnsPage>(search)).Message;
    }
}
