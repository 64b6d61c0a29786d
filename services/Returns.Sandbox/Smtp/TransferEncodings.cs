using System.Text;

namespace Returns.Sandbox.Smtp;

/// <summary>Undoes a body's Content-Transfer-Encoding (quoted-printable or base64); other encodings are already plain.</summary>
internal static class TransferEncodings
{
    public static byte[] Decode(string? transferEncoding, byte[] body)
    {
        return transferEncoding?.Trim().ToLowerInvariant() switch
        {
            "quoted-printable" => FromQuotedPrintable(body),
            "base64" => FromBase64(body),
            _ => body,
        };
    }

    public static byte[] FromQuotedPrintable(byte[] encoded)
    {
        var decoded = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] != (byte)'=')
            {
                decoded.Add(encoded[i]);
                continue;
            }

            // A soft line break ("=" at the end of a line) joins the two lines.
            if (i + 2 < encoded.Length && encoded[i + 1] == (byte)'\r' && encoded[i + 2] == (byte)'\n')
            {
                i += 2;
            }
            else if (i + 1 < encoded.Length && encoded[i + 1] == (byte)'\n')
            {
                i += 1;
            }
            else if (i + 2 < encoded.Length && IsHex(encoded[i + 1]) && IsHex(encoded[i + 2]))
            {
                decoded.Add(Convert.FromHexString(Encoding.ASCII.GetString(encoded, i + 1, 2))[0]);
                i += 2;
            }
            else
            {
                decoded.Add(encoded[i]); // a stray '=' is kept as text
            }
        }

        return [.. decoded];
    }

    private static byte[] FromBase64(byte[] encoded)
    {
        var text = new string([.. Encoding.ASCII.GetString(encoded).Where(c => !char.IsWhiteSpace(c))]);
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return encoded;
        }
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);
}
