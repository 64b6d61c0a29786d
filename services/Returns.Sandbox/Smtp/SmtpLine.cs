namespace Returns.Sandbox.Smtp;

/// <summary>One line from the client without its line break, or the mark of a line that was too long to keep.</summary>
internal readonly record struct SmtpLine(byte[] Bytes, bool TooLong)
{
    public static SmtpLine Overlong { get; } = new([], true);
}
