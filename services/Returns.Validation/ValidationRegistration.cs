using MassTransit;
using Returns.Validation.Consumers;

namespace Returns.Validation;

public static class ValidationRegistration
{
    /// <summary>The validation step's consumers; the host registers IOrdersApi (Program.cs, or a stub in tests).</summary>
    public static IBusRegistrationConfigurator AddValidationConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ValidateOrderConsumer, ValidateOrderConsumerDefinition>();
        return bus;
    }
}
