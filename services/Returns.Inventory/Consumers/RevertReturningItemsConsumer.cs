using MassTransit;
using Microsoft.EntityFrameworkCore;
using Returns.Contracts.Inventory;
using Returns.Hosting.Messaging;
using Returns.Inventory.Data;

namespace Returns.Inventory.Consumers;

/// <summary>
/// Compensation: takes back the returning mark. Idempotent — the event counts the units this
/// delivery took back, so a repeat (or a return never marked) answers with 0.
/// </summary>
public sealed class RevertReturningItemsConsumer(InventoryDbContext db, TimeProvider time, ILogger<RevertReturningItemsConsumer> logger)
    : IConsumer<RevertReturningItems>
{
    public async Task Consume(ConsumeContext<RevertReturningItems> context)
    {
        var returnId = context.Message.ReturnId;
        if (returnId == Guid.Empty)
        {
            throw new BadMessageException("ReturnId is missing.");
        }

        var marked = await db.ReturningItems
            .Where(item => item.ReturnId == returnId && item.Status == ReturningItemStatus.Returning)
            .ToListAsync(context.CancellationToken);

        var now = time.GetUtcNow();
        foreach (var item in marked)
        {
            item.Status = ReturningItemStatus.Reverted;
            item.RevertedAt = now;
        }

        await db.SaveChangesAsync(context.CancellationToken);

        var units = marked.Sum(item => item.Quantity);
        logger.LogInformation("Reverted {Units} returning units of return {ReturnId}", units, returnId);
        await context.Publish(new ReturningItemsReverted(returnId, units));
    }
}
