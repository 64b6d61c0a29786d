using MassTransit;
using Returns.Persistence.Outbox;
using Returns.Refunds.Consumers;
using Returns.Refunds.Data;

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

    /// <summary>
    /// Every Refunds endpoint behind the inbox/outbox in the Refunds database: a redelivered command (same
    /// MessageId) is not consumed twice, even by another replica or after a restart.
    /// </summary>
    public static IBusRegistrationConfigurator AddRefundsOutbox(this IBusRegistrationConfigurator bus) =>
        bus.AddEntityFrameworkOutbox<RefundsDbContext>(everyEndpoint: true);
}
