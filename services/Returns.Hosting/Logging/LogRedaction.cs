using System.Text.RegularExpressions;

namespace Returns.Hosting.Logging;

/// <summary>
/// Masks personal data in text bound for a log: email addresses ("ada@example.test" → "a***@example.test"),
/// postal addresses as the contracts print them ("Address { Line1 = ... }" → "Address { *** }") and street
/// fields of JSON bodies ("line1": "..."), plus the exact values the message being handled carries (see
/// <see cref="PersonalData{T}"/>). The last line of defence: code should not log them at all.
/// </summary>
public static partial class LogRedaction
{
    /// <summary>The text with the patterns above masked, and each of <paramref name="known"/> (the personal data of the message being handled) too.</summary>
    public static string Mask(string text, IReadOnlyCollection<string>? known = null)
    {
        if (known is { Count: > 0 })
        {
            foreach (var value in known)
            {
                text = text.Replace(value, value.Contains('@') ? MaskEmail(value) : "***", StringComparison.OrdinalIgnoreCase);
            }
        }

        if (text.Length == 0 || (text.IndexOf('@') < 0 && text.IndexOf('{') < 0))
        {
            return text;
        }

        var masked = EmailAddress().Replace(text, m => $"{m.Groups["local"].Value[0]}***@{m.Groups["domain"].Value}");
        masked = AddressRecord().Replace(masked, "Address { *** }");
        return StreetField().Replace(masked, m => $"{m.Groups["key"].Value}\"***\"");
    }

    private static string MaskEmail(string address) =>
        address.LastIndexOf('@') is var at and > 0 ? $"{address[0]}***{address[at..]}" : "***";

    // The local part's first character survives, as in Returns.Notifications' EmailAddressMask, so the output
    // matches what the notifications service already writes; a masked address is never masked again.
    [GeneratedRegex(@"(?<local>[A-Za-z0-9][A-Za-z0-9._%+\-]*)@(?<domain>[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")]
    private static partial Regex EmailAddress();

    // Returns.Contracts.Model.Address's record ToString, as an interpolated message or exception would show it.
    [GeneratedRegex(@"Address \{ Line1 = [^}]*\}")]
    private static partial Regex AddressRecord();

    [GeneratedRegex(@"(?<key>""(?:line1|line2|street|streetAddress|addressLine1|addressLine2)""\s*:\s*)""(?:[^""\\]|\\.)*""", RegexOptions.IgnoreCase)]
    private static partial Regex StreetField();
}
