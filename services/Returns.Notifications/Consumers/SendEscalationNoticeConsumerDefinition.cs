using MassTransit;
using Returns.Contracts;

namespace Returns.Notifications.Consumers;

/// <summary>Listens on the send-escalation-notice queue.</summary>
public sealed class SendEscalationNoticeConsumerDefinition : ConsumerDefinition<SendEscalationNoticeConsumer>
{
    public SendEscalationNoticeConsumerDefinition()
    {
        EndpointName = ReturnQueues.SendEscalationNotice;
        ConcurrentMessageLimit = 4;
    }
}
