using MassTransit;
using Returns.Persistence.Outbox;

namespace Returns.Persistence.Tests.Outbox;

/// <summary>Puts the consumer behind the inbox/outbox the per-definition way, and lets two copies of a message run at once.</summary>
public sealed class RecordNoteConsumerDefinition : ConsumerDefinition<RecordNoteConsumer>
{
    public RecordNoteConsumerDefinition()
    {
        EndpointName = "record-note";
        ConcurrentMessageLimit = 4;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RecordNoteConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseEntityFrameworkOutbox<NotesDbContext>(context);
    }
}
