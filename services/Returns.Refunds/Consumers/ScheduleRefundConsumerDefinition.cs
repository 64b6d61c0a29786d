using MassTransit;
using Returns.Contracts;

namespace Returns.Refunds.Consumers;

/// <summary>Listens on the schedule-refund queue.</summary>
public sealed class ScheduleRefundConsumerDefinition : ConsumerDefinition<ScheduleRefundConsumer>
{
    public ScheduleRefundConsumerDefinition() => EndpointName = ReturnQueues.ScheduleRefund;
}
