using System.Net.Mime;
using MassTransit;
using MassTransit.Serialization;

namespace Returns.Tests.Intake;

/// <summary>Writes a <see cref="RawText"/> as its bare text with the given content type, so specs can send what no serializer would produce.</summary>
public sealed class AsWrittenSerializer(string contentType) : IMessageSerializer
{
    public ContentType ContentType { get; } = new(contentType);

    public MessageBody GetMessageBody<T>(SendContext<T> context)
        where T : class =>
        context.Message is RawText raw
            ? new StringMessageBody(raw.Text)
            : throw new InvalidOperationException($"{nameof(AsWrittenSerializer)} writes only {nameof(RawText)}.");
}
