using System.Buffers;
using System.IO.Pipelines;

namespace Returns.Sandbox.Smtp;

/// <summary>
/// Cuts the client's byte stream into lines. It never holds more than the line limit for one line:
/// past that, the rest of the line is thrown away as it arrives and the line is reported too long.
/// A bare LF is accepted as a line end, the way lenient servers do.
/// </summary>
internal sealed class SmtpLineReader(Stream stream, int maxLineLength)
{
    // The session owns the stream (it writes replies to it too), so the reader leaves it open.
    private readonly PipeReader reader = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));

    /// <summary>Hands the reader's pooled buffers back once the session is over.</summary>
    public ValueTask CompleteAsync() => reader.CompleteAsync();

    /// <summary>The next line, or null once the client has closed its side.</summary>
    public async ValueTask<SmtpLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var discarding = false;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;

            if (buffer.PositionOf((byte)'\n') is { } lineFeed)
            {
                var line = buffer.Slice(0, lineFeed);
                var tooLong = discarding || line.Length + 1 > maxLineLength;
                var bytes = tooLong ? [] : WithoutCarriageReturn(line);
                reader.AdvanceTo(buffer.GetPosition(1, lineFeed));
                return tooLong ? SmtpLine.Overlong : new SmtpLine(bytes, false);
            }

            if (buffer.Length >= maxLineLength)
            {
                discarding = true;
                reader.AdvanceTo(buffer.End);
            }
            else
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
            }

            if (result.IsCompleted)
            {
                return null;
            }
        }
    }

    private static byte[] WithoutCarriageReturn(ReadOnlySequence<byte> line)
    {
        var bytes = line.ToArray();
        return bytes is [.., (byte)'\r'] ? bytes[..^1] : bytes;
    }
}
