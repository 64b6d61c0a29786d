using System.Text;

namespace Returns.Sandbox.Smtp;

/// <summary>A command line split into its verb (upper case) and the rest.</summary>
internal readonly record struct SmtpCommand(string Verb, string Argument)
{
    public static SmtpCommand Parse(byte[] line)
    {
        // Commands are ASCII; Latin-1 maps any stray byte to one char, so nothing throws on junk.
        var text = Encoding.Latin1.GetString(line).Trim();
        var space = text.IndexOf(' ');
        return space < 0
            ? new(text.ToUpperInvariant(), "")
            : new(text[..space].ToUpperInvariant(), text[(space + 1)..].Trim());
    }
}
