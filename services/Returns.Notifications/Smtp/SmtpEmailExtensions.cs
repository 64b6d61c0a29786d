using System.Net.Mail;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Returns.Notifications.Email;

namespace Returns.Notifications.Smtp;

public static class SmtpEmailExtensions
{
    /// <summary>Email over SMTP as configured under "Smtp"; one sender for the process, so its breaker sees every send.</summary>
    public static IHostApplicationBuilder AddSmtpEmail(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpOptions>()
            .Bind(builder.Configuration.GetSection(SmtpOptions.Section))
            .Validate(options => MailAddress.TryCreate(options.From, out _), "Smtp:From must be an email address.")
            .Validate(options => options.Port is > 0 and <= 65535, "Smtp:Port must be a TCP port.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        return builder;
    }
}
