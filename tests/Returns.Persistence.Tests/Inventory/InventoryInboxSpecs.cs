using MassTransit;
using Microsoft.EntityFrameworkCore;
using Returns.Contracts.Inventory;
using Returns.Contracts.Model;
using Returns.Persistence.Outbox;
using Returns.Persistence.Providers;
using Returns.Persistence.Tests.Databases;

namespace Returns.Persistence.Tests.Inventory;

/// <summary>The Inventory consumers behind the inbox/outbox, as the service runs them.</summary>
public sealed class InventoryInboxSpecs
{
    [SkippableTheory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_redelivered_MarkItemsReturning_writes_the_rows_once_and_publishes_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var inventory = await InventoryOutboxHost.StartAsync(database);
        var returnId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var command = new MarkItemsReturning(returnId, "ORD-1001", [new ReturnLine("SKU-MUG", 2), new ReturnLine("SKU-TEE", 1)]);

        await inventory.Send(command, messageId);
        await InventoryOutboxHost.Eventually(() => inventory.Deliveries.Of(messageId) == 1, "first delivery consumed");
        await InventoryOutboxHost.Eventually(() => inventory.Published.Of(returnId).Count == 1, "ItemsMarkedReturning delivered");
        await inventory.Send(command, messageId);
        await InventoryOutboxHost.Eventually(() => inventory.Deliveries.Of(messageId) == 2, "redelivery handled");

        await Task.Delay(300); // a second event, had there been one, would have arrived by now
        inventory.Published.Of(returnId).ShouldBe([new ItemsMarkedReturning(returnId, 3)]);
        inventory.Deliveries.FaultsOf(messageId).ShouldBe(0, "the copy is recognised, not failed");
        var rows = await inventory.Query(db => db.ReturningItems.Where(i => i.ReturnId == returnId).OrderBy(i => i.Id).Select(i => new { i.Sku, i.Quantity }).ToListAsync());
        rows.Select(r => (r.Sku, r.Quantity)).ShouldBe([("SKU-MUG", 2), ("SKU-TEE", 1)]);
        var inbox = await inventory.Query(db => db.Set<InboxState>().SingleAsync(x => x.MessageId == messageId));
        inbox.ReceiveCount.ShouldBe(2);
        inbox.Consumed.ShouldNotBeNull();
        (await inventory.Query(db => db.Set<OutboxMessage>().CountAsync())).ShouldBe(0, "the delivered event left the outbox");
    }
}
