using MassTransit;
using Returns.Contracts.Labels;
using Returns.Hosting.Messaging;
using Returns.Labels.Carrier;

namespace Returns.Labels.Consumers;

/// <summary>Compensation: voids a label so the carrier does not bill it. Voiding twice is harmless at the carrier.</summary>
public sealed class VoidReturnLabelConsumer(ICarrierApi carrier, ILogger<VoidReturnLabelConsumer> logger) : IConsumer<VoidReturnLabel>
{
    public async Task Consume(ConsumeContext<VoidReturnLabel> context)
    {
        var command = context.Message;
        if (command.ReturnId == Guid.Empty)
        {
            throw new BadMessageException("VoidReturnLabel has an empty ReturnId.");
        }

        if (string.IsNullOrWhiteSpace(command.LabelId))
        {
            throw new BadMessageException($"VoidReturnLabel {command.ReturnId} has no label id.");
        }

        // A 404 is a refusal too, not "already gone": we only void labels we were issued, so a label
        // the carrier does not know means something is off and a person should look.
        var result = await carrier.VoidLabelAsync(command.LabelId.Trim(), context.CancellationToken);
        if (result.IsRefused)
        {
            logger.LogWarning("Carrier refused to void label {LabelId} of return {ReturnId}: {Reason}", command.LabelId, command.ReturnId, result.Refusal);
            await context.Publish(new ReturnLabelVoidFailed(command.ReturnId, command.LabelId, result.Refusal));
            return;
        }

        logger.LogInformation("Label {LabelId} of return {ReturnId} is {Status}", command.LabelId, command.ReturnId, result.Value.Status);
        await context.Publish(new ReturnLabelVoided(command.ReturnId, command.LabelId));
    }
}
