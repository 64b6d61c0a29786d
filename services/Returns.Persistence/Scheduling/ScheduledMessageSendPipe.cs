using System.Net.Mime;
using MassTransit;
using MassTransit.Serialization;

namespace Returns.Persistence.Scheduling;

/// <summary>
/// Puts a stored message back on a send: its serialized body and content type, the ids and headers
/// it was scheduled with, and the MT-Scheduling-TokenId header a saga compares with its current
/// token to tell a stale timeout from a live one.
/// </summary>
public sealed class ScheduledMessageSendPipe(ScheduledMessageRow message) : IPipe<SendContext>
{
    public Task Send(SendContext context)
    {
        var deserializer = context.Serialization.GetMessageDeserializer(new ContentType(message.ContentType));
        var stored = deserializer.Deserialize(deserializer.GetMessageBody(message.Body), EmptyHeaders.Instance, context.DestinationAddress);

        context.MessageId = message.MessageId;
        context.CorrelationId = stored.CorrelationId;
        context.ConversationId = stored.ConversationId;
        context.InitiatorId = stored.InitiatorId;
        context.RequestId = stored.RequestId;
        context.SourceAddress = stored.SourceAddress;
        context.ResponseAddress = stored.ResponseAddress;
        context.FaultAddress = stored.FaultAddress;
        context.SupportedMessageTypes = message.MessageType.Split(';', StringSplitOptions.RemoveEmptyEntries);

        foreach (var header in stored.Headers.GetAll())
        {
            context.Headers.Set(header.Key, header.Value);
        }

        context.Headers.Set(MessageHeaders.SchedulingTokenId, message.TokenId.ToString("D"));
        context.Serializer = stored.GetMessageSerializer();
        return Task.CompletedTask;
    }

    public void Probe(ProbeContext context) => context.CreateScope("scheduled-message");
}
