using MassTransit;
using Microsoft.Extensions.Options;
using Returns.Contracts.Escalations;
using Returns.Contracts.Model;
using Returns.Hosting.Messaging;
using Returns.Notifications.Email;
using Returns.Notifications.Smtp;

namespace Returns.Notifications.Consumers;

/// <summary>Emails the operations mailbox about an escalation: opened, reminder, expired — each once.</summary>
public sealed class SendEscalationNoticeConsumer(ReturnEmailer emailer, IOptions<SmtpOptions> options) : IConsumer<SendEscalationNotice>
{
    public Task Consume(ConsumeContext<SendEscalationNotice> context)
    {
        var notice = context.Message;
        if (notice.EscalationId == Guid.Empty)
        {
            throw new BadMessageException("EscalationId is missing.");
        }

        var operations = new Customer("Returns operations", options.Value.OperationsMailbox);
        return emailer.SendAsync(context, notice.ReturnId, ReturnEmailKind.Escalation, operations,
            () => EmailComposer.Escalation(notice), occasion: $"{notice.EscalationId}:{notice.Notice}");
    }
}
