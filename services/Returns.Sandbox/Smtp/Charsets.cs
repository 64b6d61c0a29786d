using System.Text;

namespace Returns.Sandbox.Smtp;

/// <summary>Finds the decoder for a MIME charset name; anything unknown is read as UTF-8 rather than refused.</summary>
internal static class Charsets
{
    public static Encoding Get(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }
}
