using MassTransit;
using MassTransit.Metadata;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace Returns.Persistence.Outbox;

/// <summary>
/// A message captured instead of sent: its serialized body and envelope, kept until delivered.
/// Belongs either to an inbox row (sent by a consumer) or to an <see cref="OutboxState"/> (sent outside one).
/// </summary>
public sealed class OutboxMessage : OutboxMessageContext
{
    private static readonly IReadOnlyDictionary<string, object> NoProperties = new Dictionary<string, object>();

    private Headers? headers;
    private IReadOnlyDictionary<string, object>? properties;

    /// <summary>Assigned by the database in insert order: the delivery order.</summary>
    public long SequenceNumber { get; set; }

    public Guid? InboxMessageId { get; set; }
    public Guid? InboxConsumerId { get; set; }
    public Guid? OutboxId { get; set; }

    public Guid MessageId { get; set; }
    public Guid? ConversationId { get; set; }
    public Guid? CorrelationId { get; set; }
    public Guid? InitiatorId { get; set; }
    public Guid? RequestId { get; set; }

    public Uri? SourceAddress { get; set; }
    public Uri? DestinationAddress { get; set; }
    public Uri? ResponseAddress { get; set; }
    public Uri? FaultAddress { get; set; }

    /// <summary>Message headers as JSON.</summary>
    public string? Headers { get; set; }

    /// <summary>Transport properties (routing key and the like) as JSON.</summary>
    public string? Properties { get; set; }

    public string ContentType { get; set; } = string.Empty;

    /// <summary>The message's type URNs, separated by ';'.</summary>
    public string MessageType { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public DateTimeOffset? EnqueueTime { get; set; }
    public DateTimeOffset SentTime { get; set; }
    public DateTimeOffset? ExpirationTime { get; set; }

    Guid? MessageContext.MessageId => MessageId;
    DateTime? MessageContext.SentTime => SentTime.UtcDateTime;
    DateTime? MessageContext.ExpirationTime => ExpirationTime?.UtcDateTime;
    Headers MessageContext.Headers => headers ?? EmptyHeaders.Instance;
    HostInfo MessageContext.Host => HostMetadataCache.Host;
    IReadOnlyDictionary<string, object> OutboxMessageContext.Properties => properties ?? NoProperties;

    /// <summary>Reads the stored headers and properties back, ready for the send pipe.</summary>
    public OutboxMessage Deserialize(IObjectDeserializer deserializer)
    {
        var values = deserializer.DeserializeDictionary<object?>(Headers);
        headers = values is null ? EmptyHeaders.Instance : new DictionarySendHeaders(values);
        properties = deserializer.DeserializeDictionary<object>(Properties) ?? NoProperties;
        return this;
    }
}
