namespace Returns.Sandbox.Smtp;

/// <summary>The DATA section as received: the message (empty when it was refused) and why it was refused, if it was.</summary>
internal sealed record SmtpData(byte[] Message, bool TooBig, bool LineTooLong)
{
    /// <summary>
    /// Reads lines up to the lone "." that ends the data, undoing dot-stuffing. Past the size limit
    /// it keeps reading to the end, so the conversation stays in step, but keeps nothing. Null when
    /// the connection ended first.
    /// </summary>
    public static async Task<SmtpData?> ReadAsync(Func<Task<SmtpLine?>> nextLine, int maxMessageBytes)
    {
        using var content = new MemoryStream();
        var tooBig = false;
        var lineTooLong = false;

        while (await nextLine() is { } line)
        {
            if (line.TooLong)
            {
                lineTooLong = true;
                continue;
            }

            if (line.Bytes is [(byte)'.'])
            {
                return new SmtpData(tooBig ? [] : content.ToArray(), tooBig, lineTooLong);
            }

            // The client doubled every leading dot so that a lone "." could end the data.
            var text = line.Bytes is [(byte)'.', ..] ? line.Bytes.AsSpan(1) : line.Bytes;
            if (tooBig || content.Length + text.Length + 2 > maxMessageBytes)
            {
                tooBig = true;
                content.SetLength(0);
                continue;
            }

            content.Write(text);
            content.Write("\r\n"u8);
        }

        return null;
    }
}
