using MassTransit;
using Returns.Labels.Consumers;

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
}
