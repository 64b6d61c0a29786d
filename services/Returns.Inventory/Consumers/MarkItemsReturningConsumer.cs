using MassTransit;
using Microsoft.EntityFrameworkCore;
using Returns.Contracts.Inventory;
using Returns.Hosting.Messaging;
using Returns.Inventory.Data;

namespace Returns.Inventory.Consumers;

/// <summary>
/// Records the return's lines as on their way back. Marking is idempotent: a return that already
/// has returning rows is answered again from them. In the service the endpoint sits behind the
/// durable inbox/outbox, so a redelivered command (same MessageId) is not consumed a second time.
/// </summary>
public sealed class MarkItemsReturningConsumer(InventoryDbContext db, TimeProvider time, ILogger<MarkItemsReturningConsumer> logger)
    : IConsumer<MarkItemsReturning>
{
    public async Task Consume(ConsumeContext<MarkItemsReturning> context)
    {
        var message = context.Message;
        Validate(message);

        var marked = await db.ReturningItems
            .Where(item => item.ReturnId == message.ReturnId && item.Status == ReturningItemStatus.Returning)
            .ToListAsync(context.CancellationToken);
        if (marked.Count > 0)
        {
            logger.LogInformation("Return {ReturnId} is already marked returning; answering again", message.ReturnId);
            await context.Publish(new ItemsMarkedReturning(message.ReturnId, marked.Sum(item => item.Quantity)));
            return;
        }

        var now = time.GetUtcNow();
        db.ReturningItems.AddRange(message.Lines.Select(line => new ReturningItem
        {
            ReturnId = message.ReturnId,
            Sku = line.Sku.Trim(),
            Quantity = line.Quantity,
            Status = ReturningItemStatus.Returning,
            MarkedAt = now,
        }));
        await db.SaveChangesAsync(context.CancellationToken);

        var units = message.Lines.Sum(line => line.Quantity);
        logger.LogInformation("Marked {Units} units of return {ReturnId} as returning", units, message.ReturnId);
        await context.Publish(new ItemsMarkedReturning(message.ReturnId, units));
    }

    private static void Validate(MarkItemsReturning message)
    {
        if (message.ReturnId == Guid.Empty)
        {
            throw new BadMessageException("ReturnId is missing.");
        }

        if (message.Lines is not { Count: > 0 })
        {
            throw new BadMessageException("There are no lines to mark as returning.");
        }

        foreach (var line in message.Lines)
        {
            if (string.IsNullOrWhiteSpace(line?.Sku))
            {
                throw new BadMessageException("A line has no SKU.");
            }

            if (line.Quantity <= 0)
            {
                throw new BadMessageException($"Line {line.Sku} has quantity {line.Quantity}; it must be at least 1.");
            }
        }
    }
}
