using System.Text.Json;
using MassTransit;
using Returns.Hosting.Messaging;

namespace Returns.Api.Intake;

/// <summary>
/// Guards a plain-JSON intake endpoint. A body over the size limit, one that is not a JSON object, or
/// one whose fields have the wrong JSON types can never succeed, so each becomes a BadMessageException
/// naming the problem: retry skips it and it lands in the queue's _error neighbour with that reason.
/// (Text that is not JSON at all never gets here: the deserializer refuses it first and MassTransit moves
/// it to _error with the parser's message.)
/// </summary>
public sealed class RawJsonIntakeFilter(string expected, long maxBodyBytes) : IFilter<ConsumeContext>
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        var body = context.ReceiveContext.Body.GetBytes();
        if (body.Length > maxBodyBytes)
        {
            throw new BadMessageException($"The body is {body.Length} bytes; {expected} may be at most {maxBodyBytes} bytes.");
        }

        var start = FirstToken(body);
        if (start != JsonTokenType.StartObject)
        {
            throw new BadMessageException($"The body must be {expected} as a JSON object {{ ... }}; it holds {Describe(start)}.");
        }

        try
        {
            await next.Send(context);
        }
        catch (JsonException e)
        {
            // Thrown while the consumer's message is read from the body: a field of the wrong type (text for
            // a number, a number too big for one). Nothing in the intake consumers parses JSON themselves.
            throw new BadMessageException(
                $"The body is not {expected}: the value at {e.Path ?? "$"} has the wrong JSON type ({(e.InnerException ?? e).Message})");
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("rawJsonIntake");

    private static string Describe(JsonTokenType? token) => token switch
    {
        null => "nothing",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString()!,
    };

    private static JsonTokenType? FirstToken(byte[] body)
    {
        var json = body.AsSpan();
        if (json.StartsWith(Utf8Bom))
        {
            json = json[Utf8Bom.Length..];
        }

        // An empty body reads as {} to MassTransit; here it is what it is, nothing.
        json = json.Trim(" \t\r\n"u8);
        if (json.IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return reader.Read() ? reader.TokenType : null;
    }
}
