using System.Text;

namespace Returns.Sandbox.Smtp;

/// <summary>
/// Reads the subject and the text of a message the way System.Net.Mail writes a single text part:
/// unfolded headers, RFC 2047 subject, quoted-printable or base64 body in a declared charset.
/// Multipart messages are not taken apart (nothing here sends them); their body is kept as sent.
/// </summary>
internal static class MailParser
{
    public static (string Subject, string Body) Parse(byte[] message)
    {
        var (headerBytes, body) = Split(message);
        var headers = ReadHeaders(Encoding.UTF8.GetString(headerBytes));

        var subject = headers.TryGetValue("Subject", out var rawSubject) ? EncodedWords.Decode(rawSubject).Trim() : "";
        headers.TryGetValue("Content-Type", out var contentType);
        headers.TryGetValue("Content-Transfer-Encoding", out var transferEncoding);

        var text = Charsets.Get(Parameter(contentType, "charset")).GetString(TransferEncodings.Decode(transferEncoding, body));
        // The line break before the terminating dot belongs to the transport, not to what the sender wrote.
        return (subject, text.TrimEnd('\r', '\n'));
    }

    private static (byte[] Headers, byte[] Body) Split(byte[] message)
    {
        var span = message.AsSpan();
        var end = span.IndexOf("\r\n\r\n"u8);
        return end < 0 ? (message, []) : (span[..end].ToArray(), span[(end + 4)..].ToArray());
    }

    /// <summary>Header fields by name (first wins), with folded continuation lines joined back.</summary>
    private static Dictionary<string, string> ReadHeaders(string block)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? name = null;
        var value = new StringBuilder();

        foreach (var line in block.Split("\r\n"))
        {
            if (line is [' ' or '\t', ..] && name is not null)
            {
                value.Append(line);
                continue;
            }

            Add();
            var colon = line.IndexOf(':');
            name = colon > 0 ? line[..colon].Trim() : null;
            value.Clear().Append(colon > 0 ? line[(colon + 1)..] : "");
        }

        Add();
        return headers;

        void Add()
        {
            if (name is not null)
            {
                headers.TryAdd(name, value.ToString().Trim());
            }
        }
    }

    /// <summary>A parameter of a structured header such as <c>text/plain; charset="utf-8"</c>.</summary>
    private static string? Parameter(string? header, string parameter) =>
        header?.Split(';')
            .Skip(1)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].Trim().Equals(parameter, StringComparison.OrdinalIgnoreCase))
            .Select(pair => pair[1].Trim().Trim('"'))
            .FirstOrDefault();
}
