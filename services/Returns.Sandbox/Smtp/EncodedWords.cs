using System.Text;
using System.Text.RegularExpressions;

namespace Returns.Sandbox.Smtp;

/// <summary>
/// Decodes RFC 2047 encoded-words (<c>=?utf-8?B?...?=</c>, <c>=?utf-8?Q?...?=</c>) in a header value.
/// Adjacent words in the same charset are joined as bytes before decoding, because an encoder may
/// split one multi-byte character across two words.
/// </summary>
internal static partial class EncodedWords
{
    [GeneratedRegex(@"=\?(?<charset>[^?\s]+)\?(?<encoding>[BbQq])\?(?<text>[^?\s]*)\?=")]
    private static partial Regex Word();

    public static string Decode(string value)
    {
        var result = new StringBuilder();
        var pending = new List<byte>();
        string? pendingCharset = null;
        var last = 0;

        foreach (Match word in Word().Matches(value))
        {
            var gap = value[last..word.Index];
            // Whitespace between two encoded-words is folding, not text.
            if (pendingCharset is null || !string.IsNullOrWhiteSpace(gap))
            {
                Flush();
                result.Append(gap);
            }

            var charset = word.Groups["charset"].Value.Split('*')[0]; // drop an RFC 2231 language tag
            if (!string.Equals(charset, pendingCharset, StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                pendingCharset = charset;
            }

            pending.AddRange(DecodeText(word.Groups["encoding"].Value, word.Groups["text"].Value));
            last = word.Index + word.Length;
        }

        Flush();
        result.Append(value[last..]);
        return result.ToString();

        void Flush()
        {
            if (pendingCharset is not null)
            {
                result.Append(Charsets.Get(pendingCharset).GetString([.. pending]));
            }

            pending.Clear();
            pendingCharset = null;
        }
    }

    private static byte[] DecodeText(string encoding, string text)
    {
        if (encoding is "B" or "b")
        {
            try
            {
                return Convert.FromBase64String(text);
            }
            catch (FormatException)
            {
                return Encoding.ASCII.GetBytes(text);
            }
        }

        // Q encoding is quoted-printable where '_' stands for a space.
        return TransferEncodings.FromQuotedPrintable(Encoding.ASCII.GetBytes(text.Replace('_', ' ')));
    }
}
