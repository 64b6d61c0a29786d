namespace Returns.Notifications.Email;

/// <summary>
/// Hides email addresses in logs and failure reasons: "ada@example.test" becomes "a***@example.test",
/// enough to tell customers apart in an incident without writing their address down.
/// </summary>
public static class EmailAddressMask
{
    public static string Mask(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return "(none)";
        }

        var trimmed = address.Trim();
        var at = trimmed.LastIndexOf('@');
        return at <= 0 ? "***" : $"{trimmed[0]}***{trimmed[at..]}";
    }

    /// <summary>The text with every occurrence of the address replaced by its mask.</summary>
    public static string Redact(string text, string? address) =>
        string.IsNullOrWhiteSpace(address)
            ? text
            : text.Replace(address.Trim(), Mask(address), StringComparison.OrdinalIgnoreCase);
}
