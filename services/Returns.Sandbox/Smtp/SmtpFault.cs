namespace Returns.Sandbox.Smtp;

/// <summary>How the sink answers a recipient it was told to refuse: a 4xx (try later) or 5xx (never) reply.</summary>
public sealed record SmtpFault(int Code, string Text)
{
    public static SmtpFault Transient(string text = "4.3.0 Mailbox temporarily unavailable") => new(451, text);

    public static SmtpFault Permanent(string text = "5.1.1 Mailbox unavailable") => new(550, text);
}
