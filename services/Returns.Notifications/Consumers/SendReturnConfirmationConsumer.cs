using MassTransit;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Hosting.Messaging;
using Returns.Notifications.Email;

namespace Returns.Notifications.Consumers;

/// <summary>Emails the customer their label and what they are sending back.</summary>
public sealed class SendReturnConfirmationConsumer(ReturnEmailer emailer) : IConsumer<SendReturnConfirmation>
{
    public Task Consume(ConsumeContext<SendReturnConfirmation> context)
    {
        var message = context.Message;
        if (message.Lines is not { Count: > 0 })
        {
            throw new BadMessageException("A return confirmation needs the lines being returned.");
        }

        if (string.IsNullOrWhiteSpace(message.TrackingNumber) || string.IsNullOrWhiteSpace(message.LabelUrl))
        {
            throw new BadMessageException("A return confirmation needs the label's tracking number and link.");
        }

        return emailer.SendAsync(context, message.ReturnId, ReturnEmailKind.Confirmation, message.Customer, () => EmailComposer.Confirmation(message));
    }
}
