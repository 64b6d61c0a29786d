using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Returns.Notifications.Consumers;
using Returns.Notifications.Data;
using Returns.Notifications.Email;
using Returns.Persistence.Outbox;

namespace Returns.Notifications;

public static class NotificationsRegistration
{
    /// <summary>The customer emails and the operations mailbox's escalation notices, each consumer on its queue, with what they share; the IEmailSender comes from AddSmtpEmail (or a test).</summary>
    public static IBusRegistrationConfigurator AddNotificationsConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton<SentEmailLedger>();
        bus.TryAddSingleton<ReturnEmailer>();
        bus.AddConsumer<SendReturnConfirmationConsumer, SendReturnConfirmationConsumerDefinition>();
        bus.AddConsumer<SendRejectionNoticeConsumer, SendRejectionNoticeConsumerDefinition>();
        bus.AddConsumer<SendCancellationNoticeConsumer, SendCancellationNoticeConsumerDefinition>();
        bus.AddConsumer<SendEscalationNoticeConsumer, SendEscalationNoticeConsumerDefinition>();
        return bus;
    }

    /// <summary>
    /// Every Notifications endpoint behind the inbox/outbox in the Notifications database: a redelivered
    /// command (same MessageId) is not consumed twice, even by another replica or after a restart.
    /// </summary>
    public static IBusRegistrationConfigurator AddNotificationsOutbox(this IBusRegistrationConfigurator bus) =>
        bus.AddEntityFrameworkOutbox<NotificationsDbContext>(everyEndpoint: true);
}
