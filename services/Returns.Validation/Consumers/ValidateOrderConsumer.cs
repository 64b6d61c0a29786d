using MassTransit;
using Returns.Contracts.Validation;
using Returns.Hosting.Messaging;
using Returns.Validation.Orders;

namespace Returns.Validation.Consumers;

/// <summary>Checks a return request against the order the Orders API holds and answers validated or failed.</summary>
public sealed class ValidateOrderConsumer(IOrdersApi orders, ILogger<ValidateOrderConsumer> logger) : IConsumer<ValidateOrder>
{
    public async Task Consume(ConsumeContext<ValidateOrder> context)
    {
        var command = context.Message;
        EnsureWellFormed(command);

        var order = await orders.FindOrderAsync(command.OrderNumber.Trim(), context.CancellationToken);
        if (order is null)
        {
            await Fail(context, $"Order {command.OrderNumber} was not found");
            return;
        }

        if (!ReturnedLines.TrySelect(order, command.Lines, out var lines, out var problem))
        {
            await Fail(context, problem);
            return;
        }

        logger.LogInformation("Return {ReturnId} validated against order {OrderNumber}: {LineCount} line(s)",
            command.ReturnId, order.OrderNumber, lines.Count);
        await context.Publish(new OrderValidated(command.ReturnId, order with { Lines = lines }));
    }

    private async Task Fail(ConsumeContext<ValidateOrder> context, string reason)
    {
        logger.LogInformation("Return {ReturnId} failed validation: {Reason}", context.Message.ReturnId, reason);
        await context.Publish(new OrderValidationFailed(context.Message.ReturnId, reason));
    }

    // Lines is declared non-null, but a hand-written JSON message can still omit it.
    private static void EnsureWellFormed(ValidateOrder command)
    {
        if (command.ReturnId == Guid.Empty)
        {
            throw new BadMessageException("ValidateOrder has an empty ReturnId.");
        }

        if (string.IsNullOrWhiteSpace(command.OrderNumber))
        {
            throw new BadMessageException($"ValidateOrder {command.ReturnId} has no order number.");
        }

        if (command.Lines is null)
        {
            throw new BadMessageException($"ValidateOrder {command.ReturnId} has no Lines list (send an empty list to return the whole order).");
        }

        foreach (var line in command.Lines)
        {
            if (line is null || string.IsNullOrWhiteSpace(line.Sku))
            {
                throw new BadMessageException($"ValidateOrder {command.ReturnId} has a line without a SKU.");
            }

            if (line.Quantity <= 0)
            {
                throw new BadMessageException($"ValidateOrder {command.ReturnId} asks for quantity {line.Quantity} of {line.Sku}; quantities must be positive.");
            }
        }
    }
}
