using MassTransit;
using Returns.Contracts;

namespace Returns.Notifications.Consumers;

/// <summary>Listens on the send-cancellation-notice queue.</summary>
public sealed class SendCancellationNoticeConsumerDefinition : ConsumerDefinition<SendCancellationNoticeConsumer>
{
    public SendCancellationNoticeConsumerDefinition()
    {
        EndpointName = ReturnQueues.SendCancellationNotice;
        ConcurrentMessageLimit = 4;
    }
}
