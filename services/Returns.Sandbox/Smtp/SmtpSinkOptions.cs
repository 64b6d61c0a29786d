namespace Returns.Sandbox.Smtp;

/// <summary>How the SMTP sink listens and what it accepts. Bound from the "Smtp" section.</summary>
public sealed class SmtpSinkOptions
{
    public const string Section = "Smtp";

    /// <summary>Port on 127.0.0.1; 0 lets the system pick a free one (read it back from <see cref="SmtpSink.Port"/>).</summary>
    public int Port { get; set; } = 2525;

    /// <summary>Loopback unless a container needs to reach it from outside (docker-compose sets 0.0.0.0).</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    public string HostName { get; set; } = "sandbox.returns.test";

    /// <summary>RFC 5321 allows 1000 octets per line including CRLF; longer lines are refused.</summary>
    public int MaxLineLength { get; set; } = 1000;

    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    public int MaxRecipients { get; set; } = 100;

    public int MaxConnections { get; set; } = 200;

    /// <summary>A client that says nothing for this long is told 421 and disconnected.</summary>
    public double IdleTimeoutSeconds { get; set; } = 60;

    /// <summary>Oldest mails are dropped beyond this many, so a long demo cannot grow the sandbox without bound.</summary>
    public int MailboxCapacity { get; set; } = 5000;
}
