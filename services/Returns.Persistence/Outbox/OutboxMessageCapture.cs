using MassTransit;
using MassTransit.Context;
using MassTransit.Serialization;

namespace Returns.Persistence.Outbox;

/// <summary>Turns a send or publish that the outbox intercepted into a row, serialized exactly as the transport would have sent it.</summary>
public static class OutboxMessageCapture
{
    /// <summary>Headers and properties are always written with the System.Text.Json serializer, so any process can read them back.</summary>
    public static IObjectDeserializer Serializer => SystemTextJsonMessageSerializer.Instance;

    public static OutboxMessage ToOutboxMessage<T>(this SendContext<T> context, DateTimeOffset now)
        where T : class
    {
        var messageId = context.MessageId
            ?? throw new MessageException(typeof(T), "A message captured by the outbox needs a MessageId.");

        var message = new OutboxMessage
        {
            MessageId = messageId,
            ConversationId = context.ConversationId,
            CorrelationId = context.CorrelationId,
            InitiatorId = context.InitiatorId,
            RequestId = context.RequestId,
            SourceAddress = context.SourceAddress,
            DestinationAddress = context.DestinationAddress,
            ResponseAddress = context.ResponseAddress,
            FaultAddress = context.FaultAddress,
            SentTime = context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : now,
            ContentType = (context.ContentType ?? context.Serialization.DefaultContentType).ToString(),
            MessageType = string.Join(';', context.SupportedMessageTypes),
            Body = context.Serializer.GetMessageBody(context).GetString(),
            Headers = Serializer.SerializeDictionary(context.Headers.GetAll()),
            ExpirationTime = now + context.TimeToLive,
            EnqueueTime = now + context.Delay,
        };

        if (context is TransportSendContext<T> transport)
        {
            var properties = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            transport.WritePropertiesTo(properties);
            message.Properties = Serializer.SerializeDictionary(properties);
        }

        return message;
    }
}
