namespace Returns.EndToEnd.Tests.Telemetry;

/// <summary>
/// Just enough of the protobuf wire format to walk an OTLP request: the fields of one message, each with its
/// number and, for length-delimited ones (strings, bytes, nested messages), its bytes. Google.Protobuf is not
/// served here, and the collector needs three fields of a span.
/// </summary>
public static class ProtobufReader
{
    public readonly record struct Field(int Number, int WireType, ulong Varint, ReadOnlyMemory<byte> Bytes);

    public static IEnumerable<Field> Fields(ReadOnlyMemory<byte> message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var tag = ReadVarint(message.Span, ref position);
            var number = (int)(tag >> 3);
            var wireType = (int)(tag & 7);
            switch (wireType)
            {
                case 0:
                    yield return new Field(number, wireType, ReadVarint(message.Span, ref position), default);
                    break;
                case 1:
                    yield return new Field(number, wireType, BitConverter.ToUInt64(message.Span.Slice(position, 8)), default);
                    position += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message.Span, ref position);
                    yield return new Field(number, wireType, 0, message.Slice(position, length));
                    position += length;
                    break;
                case 5:
                    yield return new Field(number, wireType, BitConverter.ToUInt32(message.Span.Slice(position, 4)), default);
                    position += 4;
                    break;
                default:
                    throw new FormatException($"Unsupported protobuf wire type {wireType} at byte {position}.");
            }
        }
    }

    /// <summary>The length-delimited fields numbered <paramref name="number"/> (a repeated message, or a single one).</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Messages(ReadOnlyMemory<byte> message, int number) =>
        Fields(message).Where(f => f.Number == number && f.WireType == 2).Select(f => f.Bytes);

    public static string? String(ReadOnlyMemory<byte> message, int number) =>
        Messages(message, number).Select(bytes => System.Text.Encoding.UTF8.GetString(bytes.Span)).FirstOrDefault();

    public static string? Hex(ReadOnlyMemory<byte> message, int number) =>
        Messages(message, number).Select(bytes => Convert.ToHexStringLower(bytes.Span)).FirstOrDefault();

    private static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new FormatException("Malformed varint.");
    }
}
