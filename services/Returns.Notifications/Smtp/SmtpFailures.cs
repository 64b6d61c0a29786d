using System.Net.Mail;
using System.Net.Sockets;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Returns.Notifications.Email;

namespace Returns.Notifications.Smtp;

/// <summary>
/// How SMTP outcomes are read: a 4xx reply or a connection that failed is worth another try; a 5xx
/// reply is the server's final word.
/// </summary>
public static class SmtpFailures
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        SmtpException { StatusCode: var status } when (int)status is >= 400 and < 500 => true,
        // SmtpClient reports "could not connect" and "connection dropped" as a general failure around the socket error.
        SmtpException { StatusCode: SmtpStatusCode.GeneralFailure, InnerException: SocketException or IOException } => true,
        SocketException or IOException => true,
        _ => false,
    };

    /// <summary>Everything that means "the mail did not go out", as opposed to a bug or a shutdown.</summary>
    public static bool IsDeliveryFailure(Exception exception) =>
        exception is SmtpException or SocketException or IOException or TimeoutRejectedException or BrokenCircuitException;

    /// <summary>A reason fit for an event and a log line: the SMTP status if there is one, the address masked.</summary>
    public static string Describe(Exception exception, string recipient)
    {
        var reason = exception switch
        {
            SmtpException { StatusCode: SmtpStatusCode.GeneralFailure } smtp =>
                $"SMTP server unreachable: {smtp.InnerException?.Message ?? smtp.Message}",
            SmtpException smtp => $"SMTP {(int)smtp.StatusCode} {smtp.StatusCode}: {smtp.Message}",
            TimeoutRejectedException => "SMTP server did not answer in time",
            BrokenCircuitException => "SMTP server is failing; sending is paused for a while",
            _ => $"SMTP connection failed: {exception.Message}",
        };
        return EmailAddressMask.Redact(reason, recipient);
    }
}
