namespace Returns.Sandbox.Smtp;

/// <summary>
/// The argument of MAIL and RCPT: <c>FROM:&lt;address&gt; KEY=VALUE ...</c>. Lenient about a space
/// after the colon, which some clients send.
/// </summary>
internal sealed record SmtpPath(string Address, IReadOnlyDictionary<string, string> Parameters)
{
    public static SmtpPath? Parse(string argument, string keyword)
    {
        if (!argument.StartsWith(keyword + ":", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = argument[(keyword.Length + 1)..].TrimStart();
        var close = rest.IndexOf('>');
        if (!rest.StartsWith('<') || close < 0)
        {
            return null;
        }

        var address = rest[1..close].Trim();
        // A source route (@relay,@relay:user@host) is obsolete; only the mailbox after it matters.
        if (address.StartsWith('@') && address.IndexOf(':') is var colon and > 0)
        {
            address = address[(colon + 1)..];
        }

        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in rest[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            parameters[parts[0]] = parts.Length > 1 ? parts[1] : "";
        }

        return new SmtpPath(address, parameters);
    }
}
