namespace Returns.Notifications.Email;

/// <summary>Hands an email to the mail server.</summary>
public interface IEmailSender
{
    /// <summary>Sends the email, or throws <see cref="EmailDeliveryException"/> once it could not be sent (after any retries).</summary>
    Task SendAsync(EmailMessage email, CancellationToken cancellationToken);
}
