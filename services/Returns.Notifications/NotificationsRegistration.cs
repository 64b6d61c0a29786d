using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Returns.Notifications.Consumers;
using Returns.Notifications.Email;

namespace Returns.Notifications;

public static class NotificationsRegistration
{
    /// <summary>The three email consumers on their queues, with what they share; the IEmailSender comes from AddSmtpEmail (or a test).</summary>
    public static IBusRegistrationConfigurator AddNotificationsConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton<SentEmailLedger>();
        bus.TryAddSingleton<ReturnEmailer>();
        bus.AddConsumer<SendReturnConfirmationConsumer, SendReturnConfirmationConsumerDefinition>();
        bus.AddConsumer<SendRejectionNoticeConsumer, SendRejectionNoticeConsumerDefinition>();
        bus.AddConsumer<SendCancellationNoticeConsumer, SendCancellationNoticeConsumerDefinition>();
        return bus;
    }
}
