using MassTransit;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Notifications.Email;

namespace Returns.Notifications.Consumers;

/// <summary>Compensation: emails the customer that their return was cancelled, and why.</summary>
public sealed class SendCancellationNoticeConsumer(ReturnEmailer emailer) : IConsumer<SendCancellationNotice>
{
    public Task Consume(ConsumeContext<SendCancellationNotice> context) =>
        emailer.SendAsync(context, context.Message.ReturnId, ReturnEmailKind.Cancellation, context.Message.Customer, () => EmailComposer.Cancellation(context.Message));
}
