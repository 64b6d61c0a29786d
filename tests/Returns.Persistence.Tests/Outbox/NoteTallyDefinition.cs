using MassTransit;
using Returns.Persistence.Outbox;

namespace Returns.Persistence.Tests.Outbox;

/// <summary>Puts the saga's endpoint behind the inbox/outbox the per-definition way.</summary>
public sealed class NoteTallyDefinition : SagaDefinition<NoteTally>
{
    public NoteTallyDefinition() => EndpointName = "note-tally";

    protected override void ConfigureSaga(IReceiveEndpointConfigurator endpointConfigurator, ISagaConfigurator<NoteTally> sagaConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseEntityFrameworkOutbox<NotesDbContext>(context);
}
