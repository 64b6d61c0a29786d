using MassTransit;
using Returns.Contracts.Labels;
using Returns.Hosting.Messaging;
using Returns.Labels.Carrier;

namespace Returns.Labels.Consumers;

/// <summary>Buys a prepaid return label from the carrier, keyed by the return so a redelivery gets the same label.</summary>
public sealed class CreateReturnLabelConsumer(ICarrierApi carrier, ILogger<CreateReturnLabelConsumer> logger) : IConsumer<CreateReturnLabel>
{
    public async Task Consume(ConsumeContext<CreateReturnLabel> context)
    {
        var command = context.Message;
        EnsureWellFormed(command);

        var request = new LabelRequest(command.OrderNumber, command.Customer.Name, command.From, command.ItemCount);
        var result = await carrier.CreateLabelAsync(command.ReturnId, request, context.CancellationToken);
        if (result.IsRefused)
        {
            logger.LogWarning("Carrier refused a label for return {ReturnId}: {Reason}", command.ReturnId, result.Refusal);
            await context.Publish(new ReturnLabelFailed(command.ReturnId, result.Refusal));
            return;
        }

        var label = result.Value;
        logger.LogInformation("Return {ReturnId} has label {LabelId} ({TrackingNumber})", command.ReturnId, label.LabelId, label.TrackingNumber);
        await context.Publish(new ReturnLabelCreated(command.ReturnId, label.LabelId, label.TrackingNumber, label.LabelUrl, label.CreatedAt));
    }

    private static void EnsureWellFormed(CreateReturnLabel command)
    {
        if (command.ReturnId == Guid.Empty)
        {
            throw new BadMessageException("CreateReturnLabel has an empty ReturnId.");
        }

        var missing = MissingFields(command).ToList();
        if (missing.Count > 0)
        {
            throw new BadMessageException($"CreateReturnLabel {command.ReturnId} is missing: {string.Join(", ", missing)}.");
        }

        if (command.ItemCount <= 0)
        {
            throw new BadMessageException($"CreateReturnLabel {command.ReturnId} has item count {command.ItemCount}; a label covers at least one item.");
        }
    }

    private static IEnumerable<string> MissingFields(CreateReturnLabel command)
    {
        if (string.IsNullOrWhiteSpace(command.OrderNumber)) yield return "order number";
        if (string.IsNullOrWhiteSpace(command.Customer?.Name)) yield return "customer name";
        if (command.From is not { } from)
        {
            yield return "from address";
            yield break;
        }

        if (string.IsNullOrWhiteSpace(from.Line1)) yield return "address line 1";
        if (string.IsNullOrWhiteSpace(from.City)) yield return "city";
        if (string.IsNullOrWhiteSpace(from.PostalCode)) yield return "postal code";
        if (string.IsNullOrWhiteSpace(from.Country)) yield return "country";
    }
}
