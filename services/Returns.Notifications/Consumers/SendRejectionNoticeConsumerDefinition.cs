using MassTransit;
using Returns.Contracts;

namespace Returns.Notifications.Consumers;

/// <summary>Listens on the send-rejection-notice queue.</summary>
public sealed class SendRejectionNoticeConsumerDefinition : ConsumerDefinition<SendRejectionNoticeConsumer>
{
    public SendRejectionNoticeConsumerDefinition()
    {
        EndpointName = ReturnQueues.SendRejectionNotice;
        ConcurrentMessageLimit = 4;
    }
}
