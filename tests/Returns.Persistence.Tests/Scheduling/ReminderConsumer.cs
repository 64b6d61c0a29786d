using MassTransit;

namespace Returns.Persistence.Tests.Scheduling;

/// <summary>Records every reminder that reaches its queue, with the scheduling token it carried.</summary>
public sealed class ReminderConsumer(DeliveryLog log) : IConsumer<Reminder>
{
    public const string Queue = "reminders";

    public Task Consume(ConsumeContext<Reminder> context)
    {
        log.Add(new Delivery(context.Message, context.GetSchedulingTokenId(), context.MessageId));
        return Task.CompletedTask;
    }
}
