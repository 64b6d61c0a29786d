using MassTransit;
using Returns.Persistence.Outbox;
using Returns.Labels.Consumers;
using Returns.Labels.Data;

namespace Returns.Labels;

public static class LabelsRegistration
{
    /// <summary>The label step's consumers; the host registers ICarrierApi (Program.cs, or a stub in tests).</summary>
    public static IBusRegistrationConfigurator AddLabelsConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<CreateReturnLabelConsumer, CreateReturnLabelConsumerDefinition>();
        bus.AddConsumer<VoidReturnLabelConsumer, VoidReturnLabelConsumerDefinition>();
        return bus;
    }

    /// <summary>
    /// Every Labels endpoint behind the inbox/outbox in the Labels database: a redelivered command (same
    /// MessageId) is not consumed twice, even by another replica or after a restart.
    /// </summary>
    public static IBusRegistrationConfigurator AddLabelsOutbox(this IBusRegistrationConfigurator bus) =>
        bus.AddEntityFrameworkOutbox<LabelsDbContext>(everyEndpoint: true);
}
