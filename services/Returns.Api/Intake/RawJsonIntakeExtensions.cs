using MassTransit;
using MassTransit.Configuration;

namespace Returns.Api.Intake;

public static class RawJsonIntakeExtensions
{
    /// <summary>
    /// Makes an endpoint read plain JSON, with content_type application/json or none at all (a MassTransit
    /// envelope still reads as before), and guards the body with <see cref="RawJsonIntakeFilter"/>.
    /// </summary>
    public static void UseRawJsonIntake(this IReceiveEndpointConfigurator endpoint, string expected, long maxBodyBytes)
    {
        // Any message type: a plain body names none, and each intake endpoint has exactly one consumer for
        // it. On the saga's endpoint the same setting would let one body match every event it handles.
        endpoint.UseRawJsonDeserializer(RawSerializerOptions.AnyMessageType, isDefault: true);
        // Ahead of the split by message type, where the consumer's message is read from the body: a filter
        // added with UseFilter would only see bodies that were read already.
        endpoint.AddPrePipeSpecification(new FilterPipeSpecification<ConsumeContext>(new RawJsonIntakeFilter(expected, maxBodyBytes)));
    }
}
