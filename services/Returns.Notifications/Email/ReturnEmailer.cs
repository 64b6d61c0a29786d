using System.Net.Mail;
using MassTransit;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Hosting.Messaging;

namespace Returns.Notifications.Email;

/// <summary>
/// The one way an email about a return goes out: check the recipient, send it once, publish what
/// happened. A mail that cannot be sent is reported with ReturnEmailFailed and never faults the
/// command — a missing email must not hold up the return.
/// </summary>
public sealed class ReturnEmailer(IEmailSender sender, SentEmailLedger ledger, ILogger<ReturnEmailer> logger)
{
    public async Task SendAsync(
        ConsumeContext context, Guid returnId, ReturnEmailKind kind, Customer? customer, Func<EmailContent> compose, string occasion = "")
    {
        if (returnId == Guid.Empty)
        {
            throw new BadMessageException("ReturnId is missing.");
        }

        var to = Recipient(customer);
        var masked = EmailAddressMask.Mask(to);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ReturnId"] = returnId, ["EmailKind"] = kind });

        using var hold = await ledger.HoldAsync(returnId, kind, context.CancellationToken, occasion);
        if (ledger.WasSent(returnId, kind, occasion))
        {
            logger.LogInformation("The {EmailKind} email to {To} was sent before; answering again without sending", kind, masked);
            await context.Publish(new ReturnEmailSent(returnId, kind, to));
            return;
        }

        try
        {
            var content = compose();
            await sender.SendAsync(new EmailMessage(to, content.Subject, content.Body), context.CancellationToken);
        }
        catch (EmailDeliveryException failure)
        {
            logger.LogWarning("The {EmailKind} email to {To} could not be sent: {Reason}", kind, masked, failure.Message);
            await context.Publish(new ReturnEmailFailed(returnId, kind, failure.Message));
            return;
        }

        ledger.RecordSent(returnId, kind, occasion);
        logger.LogInformation("Sent the {EmailKind} email to {To}", kind, masked);
        await context.Publish(new ReturnEmailSent(returnId, kind, to));
    }

    private static string Recipient(Customer? customer)
    {
        if (string.IsNullOrWhiteSpace(customer?.Email))
        {
            throw new BadMessageException("The customer has no email address to write to.");
        }

        // The reason ends up in logs and the _error queue, so it names the address only masked.
        if (!MailAddress.TryCreate(customer.Email.Trim(), out var address) || address.DisplayName.Length > 0)
        {
            throw new BadMessageException($"The customer's email address '{EmailAddressMask.Mask(customer.Email)}' is malformed.");
        }

        return address.Address;
    }
}
