using MassTransit;
using Returns.Contracts;

namespace Returns.Notifications.Consumers;

/// <summary>Listens on the send-return-confirmation queue.</summary>
public sealed class SendReturnConfirmationConsumerDefinition : ConsumerDefinition<SendReturnConfirmationConsumer>
{
    public SendReturnConfirmationConsumerDefinition()
    {
        EndpointName = ReturnQueues.SendReturnConfirmation;
        // SmtpClient holds a thread while it waits for each reply; a few sends at a time is plenty.
        ConcurrentMessageLimit = 4;
    }
}
