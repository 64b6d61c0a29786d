using MassTransit;
using Returns.Refunds.Consumers;

namespace Returns.Refunds;

public static class RefundsRegistration
{
    /// <summary>The schedule and cancel consumers on their queues; the payment API client comes from AddPaymentsApi.</summary>
    public static IBusRegistrationConfigurator AddRefundsConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ScheduleRefundConsumer, ScheduleRefundConsumerDefinition>();
        bus.AddConsumer<CancelRefundConsumer, CancelRefundConsumerDefinition>();
        return bus;
    }
}
