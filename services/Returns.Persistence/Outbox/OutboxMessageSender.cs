using MassTransit;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace Returns.Persistence.Outbox;

/// <summary>Hands a stored message to the transport as it was captured: same body, MessageId and headers.</summary>
public static class OutboxMessageSender
{
    public static async Task Deliver(this ISendEndpointProvider endpoints, OutboxMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var destination = message.DestinationAddress
            ?? throw new InvalidOperationException($"Outbox message {message.SequenceNumber} ({message.MessageId}) has no destination address.");

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);

        var endpoint = await endpoints.GetSendEndpoint(destination);
        await endpoint.Send(new SerializedMessageBody(), new OutboxMessageSendPipe(message.Deserialize(OutboxMessageCapture.Serializer), destination), deadline.Token);
    }
}
