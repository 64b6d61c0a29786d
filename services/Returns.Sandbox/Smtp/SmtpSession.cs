using System.Text;
using Microsoft.Extensions.Logging;

namespace Returns.Sandbox.Smtp;

/// <summary>
/// One client's conversation: greeting, EHLO/HELO, then mail transactions (MAIL, RCPT, DATA) until
/// QUIT, the idle timeout or shutdown. Commands out of order get 503, unknown ones 500.
/// </summary>
internal sealed class SmtpSession(
    Stream stream,
    SmtpSinkOptions options,
    Mailbox mailbox,
    ISmtpFaultPolicy faults,
    TimeProvider time,
    ILogger logger)
{
    private readonly SmtpLineReader lines = new(stream, options.MaxLineLength);
    private readonly List<string> recipients = [];
    private bool greeted;
    private string? sender;

    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            await ReplyAsync($"220 {options.HostName} ESMTP Returns sandbox mail sink");
            while (await NextLineAsync(stopping) is { } line)
            {
                if (line.TooLong)
                {
                    await ReplyAsync("500 5.5.2 Line too long");
                    continue;
                }

                if (!await HandleAsync(SmtpCommand.Parse(line.Bytes), stopping))
                {
                    return;
                }
            }
        }
        finally
        {
            await lines.CompleteAsync();
        }
    }

    /// <summary>Answers one command; false ends the session.</summary>
    private async Task<bool> HandleAsync(SmtpCommand command, CancellationToken stopping)
    {
        switch (command.Verb)
        {
            case "EHLO" or "HELO" when command.Argument.Length == 0:
                await ReplyAsync("501 5.5.4 Tell me your domain");
                break;
            case "EHLO":
                Greet();
                await ReplyAsync($"250-{options.HostName} greets {command.Argument}\r\n250-SIZE {options.MaxMessageBytes}\r\n250 8BITMIME");
                break;
            case "HELO":
                Greet();
                await ReplyAsync($"250 {options.HostName}");
                break;
            case "MAIL":
                await ReplyAsync(Mail(command.Argument));
                break;
            case "RCPT":
                await ReplyAsync(Recipient(command.Argument));
                break;
            case "DATA" when sender is null || recipients.Count == 0:
                await ReplyAsync("503 5.5.1 Send MAIL and RCPT first");
                break;
            case "DATA":
                return await ReceiveDataAsync(stopping);
            case "RSET":
                Reset();
                await ReplyAsync("250 2.0.0 Reset");
                break;
            case "NOOP":
                await ReplyAsync("250 2.0.0 OK");
                break;
            case "QUIT":
                await ReplyAsync($"221 2.0.0 {options.HostName} closing");
                return false;
            case "VRFY" or "EXPN" or "HELP" or "STARTTLS" or "AUTH":
                await ReplyAsync("502 5.5.1 Not implemented");
                break;
            default:
                await ReplyAsync("500 5.5.2 Command not recognized");
                break;
        }

        return true;
    }

    private string Mail(string argument)
    {
        if (!greeted)
        {
            return "503 5.5.1 Send EHLO or HELO first";
        }

        if (sender is not null)
        {
            return "503 5.5.1 Sender already given";
        }

        if (SmtpPath.Parse(argument, "FROM") is not { } path)
        {
            return "501 5.5.4 Syntax: MAIL FROM:<address>";
        }

        if (path.Parameters.TryGetValue("SIZE", out var size) && long.TryParse(size, out var bytes) && bytes > options.MaxMessageBytes)
        {
            return $"552 5.3.4 Message size exceeds the limit of {options.MaxMessageBytes} bytes";
        }

        sender = path.Address;
        return "250 2.1.0 Sender OK";
    }

    private string Recipient(string argument)
    {
        if (sender is null)
        {
            return "503 5.5.1 Send MAIL first";
        }

        if (SmtpPath.Parse(argument, "TO") is not { Address.Length: > 0 } path)
        {
            return "501 5.5.4 Syntax: RCPT TO:<address>";
        }

        if (recipients.Count >= options.MaxRecipients)
        {
            return "452 4.5.3 Too many recipients";
        }

        if (faults.Decide(path.Address) is { } fault)
        {
            return FaultReply(fault);
        }

        recipients.Add(path.Address);
        return "250 2.1.5 Recipient OK";
    }

    private async Task<bool> ReceiveDataAsync(CancellationToken stopping)
    {
        await ReplyAsync("354 Start mail input; end with <CRLF>.<CRLF>");
        var data = await SmtpData.ReadAsync(() => NextLineAsync(stopping), options.MaxMessageBytes);
        if (data is null)
        {
            return false;
        }

        var from = sender ?? "";
        string[] to = [.. recipients];
        Reset();

        if (data.TooBig)
        {
            await ReplyAsync($"552 5.3.4 Message size exceeds the limit of {options.MaxMessageBytes} bytes");
        }
        else if (data.LineTooLong)
        {
            await ReplyAsync("500 5.5.2 Line too long");
        }
        else
        {
            var (subject, body) = MailParser.Parse(data.Message);
            mailbox.Add(new ReceivedMail(from, to, subject, body, time.GetUtcNow()));
            logger.LogInformation("Accepted a mail of {Bytes} bytes for {Recipients} recipient(s)", data.Message.Length, to.Length);
            await ReplyAsync("250 2.0.0 Message accepted");
        }

        return true;
    }

    /// <summary>The next line, or null when the client left, idled too long or the sink is stopping.</summary>
    private async Task<SmtpLine?> NextLineAsync(CancellationToken stopping)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        idle.CancelAfter(TimeSpan.FromSeconds(options.IdleTimeoutSeconds));
        try
        {
            return await lines.ReadLineAsync(idle.Token);
        }
        catch (OperationCanceledException)
        {
            await ReplyAsync(stopping.IsCancellationRequested
                ? "421 4.3.2 Service shutting down"
                : "421 4.4.2 Idle too long, closing connection");
            return null;
        }
    }

    private static string FaultReply(SmtpFault fault)
    {
        // A policy can only refuse; anything outside 4xx/5xx would read as success to the client.
        var code = fault.Code is >= 400 and <= 599 ? fault.Code : 451;
        var text = fault.Text.ReplaceLineEndings(" ").Trim();
        return $"{code} {(text.Length > 0 ? text : "Refused")}";
    }

    private void Greet()
    {
        greeted = true;
        Reset();
    }

    private void Reset()
    {
        sender = null;
        recipients.Clear();
    }

    private async Task ReplyAsync(string reply)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n"));
        await stream.FlushAsync();
    }
}
