using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Returns.Sandbox.Smtp;

public static class SmtpSinkExtensions
{
    /// <summary>The SMTP sink on 127.0.0.1:{Smtp:Port}, its mailbox, and a fault policy that refuses nothing unless replaced.</summary>
    public static IHostApplicationBuilder AddSmtpSink(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SmtpSinkOptions>(builder.Configuration.GetSection(SmtpSinkOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ISmtpFaultPolicy, NoSmtpFaults>();
        builder.Services.AddSingleton(services => new Mailbox(services.GetRequiredService<IOptions<SmtpSinkOptions>>().Value.MailboxCapacity));
        builder.Services.AddSingleton<SmtpSink>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SmtpSink>());
        return builder;
    }
}
