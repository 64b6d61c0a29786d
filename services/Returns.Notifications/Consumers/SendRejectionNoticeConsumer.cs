using MassTransit;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Notifications.Email;

namespace Returns.Notifications.Consumers;

/// <summary>Emails the customer that their return was refused, and why.</summary>
public sealed class SendRejectionNoticeConsumer(ReturnEmailer emailer) : IConsumer<SendRejectionNotice>
{
    public Task Consume(ConsumeContext<SendRejectionNotice> context) =>
        emailer.SendAsync(context, context.Message.ReturnId, ReturnEmailKind.Rejection, context.Message.Customer, () => EmailComposer.Rejection(context.Message));
}
