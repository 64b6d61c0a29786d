using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using Polly;
using Returns.Hosting.Http;
using Returns.Notifications.Email;

namespace Returns.Notifications.Smtp;

/// <summary>
/// Sends mail with System.Net.Mail.SmtpClient, a fresh client per mail (SmtpClient cannot send two
/// at once), each attempt guarded by one Polly pipeline so its breaker sees every send.
/// </summary>
public sealed class SmtpEmailSender : IEmailSender
{
    private readonly SmtpOptions options;
    private readonly ResiliencePipeline pipeline;

    public SmtpEmailSender(IOptions<SmtpOptions> options, TimeProvider time)
    {
        this.options = options.Value;
        pipeline = ResiliencePipelines.ForCalls(this.options.Resilience, SmtpFailures.IsTransient, time);
    }

    public async Task SendAsync(EmailMessage email, CancellationToken cancellationToken)
    {
        try
        {
            await pipeline.ExecuteAsync(async token => await SendOnceAsync(email, token), cancellationToken);
        }
        catch (Exception exception) when (SmtpFailures.IsDeliveryFailure(exception))
        {
            throw new EmailDeliveryException(SmtpFailures.Describe(exception, email.To), exception);
        }
    }

    private async Task SendOnceAsync(EmailMessage email, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient(options.Host, options.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            // The pipeline's timeout cancels the send; this only backs it up.
            Timeout = (int)TimeSpan.FromSeconds(options.Resilience.TimeoutSeconds).TotalMilliseconds,
        };
        using var message = new MailMessage(new MailAddress(options.From), new MailAddress(email.To))
        {
            Subject = email.Subject,
            Body = email.Body,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        await client.SendMailAsync(message, cancellationToken);
    }
}
