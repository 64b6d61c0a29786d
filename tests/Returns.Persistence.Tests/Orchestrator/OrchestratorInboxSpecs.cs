using MassTransit;
using Microsoft.EntityFrameworkCore;
using Returns.Contracts;
using Returns.Contracts.Model;
using Returns.Contracts.Status;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;
using Returns.Persistence.Tests.Scheduling;

namespace Returns.Persistence.Tests.Orchestrator;

/// <summary>What the orchestrator's inbox keeps: every event the saga handles, no question a search answers.</summary>
public sealed class OrchestratorInboxSpecs
{
    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_saga_event_leaves_an_inbox_row_and_a_search_leaves_none(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var host = await OrchestratorHost.Start(database.Options, new ManualClock());
        var returnId = Guid.NewGuid();
        await host.Publish(new ReturnRequested(returnId, "ORD-1001", [new ReturnLine("SKU-MUG", 1)], "Too small", DateTimeOffset.UtcNow));
        await host.WaitForState(returnId, "Validating");
        // The deadline the saga set reaches the scheduler's endpoint (behind the inbox too) a moment later.
        await host.WaitForScheduledCount(1);
        await host.Harness.InactivityTask;
        var afterEvent = await host.Query(db => db.Set<InboxState>().CountAsync());

        var client = host.Harness.GetRequestClient<SearchReturns>();
        var page = await client.GetResponse<ReturnsPage>(new SearchReturns("Validating", null, 1, 20));
        await host.Harness.InactivityTask;

        page.Message.Items.ShouldContain(i => i.ReturnId == returnId);
        afterEvent.ShouldBeGreaterThan(0, "the saga's endpoint is behind the inbox");
        (await host.Query(db => db.Set<InboxState>().CountAsync())).ShouldBe(afterEvent, "the search wrote no inbox row");
    }
}
