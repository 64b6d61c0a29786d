using MassTransit;
using MassTransit.Middleware;
using MassTransit.Serialization;
using Microsoft.Extensions.Logging;

namespace Returns.Persistence.Outbox;

/// <summary>Hands a stored message to the transport as it was captured: same body, MessageId and headers.</summary>
public static class OutboxMessageSender
{
    /// <summary>
    /// Sends the message; one without a destination cannot ever be sent, so it is logged and counted as
    /// done rather than blocking every message behind it.
    /// </summary>
    public static async Task Deliver(this ISendEndpointProvider endpoints, OutboxMessage message, TimeSpan timeout, ILogger logger, CancellationToken cancellationToken)
    {
        if (message.DestinationAddress is not { } destination)
        {
            logger.LogWarning("Outbox message {SequenceNumber} ({MessageId}) has no destination address; dropped", message.SequenceNumber, message.MessageId);
            return;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);

        var endpoint = await endpoints.GetSendEndpoint(destination);
        await endpoint.Send(new SerializedMessageBody(), new OutboxMessageSendPipe(message.Deserialize(OutboxMessageCapture.Serializer), destination), deadline.Token);
    }
}
