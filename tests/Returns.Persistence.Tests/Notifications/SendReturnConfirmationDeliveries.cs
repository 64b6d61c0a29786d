using System.Collections.Concurrent;
using MassTransit;
using Returns.Contracts.Notifications;

namespace Returns.Persistence.Tests.Notifications;

/// <summary>
/// Counts every delivery of SendReturnConfirmation the consume pipe finished with, per MessageId,
/// redeliveries included (the harness keeps one entry per MessageId, so it cannot tell a redelivery).
/// </summary>
public sealed class SendReturnConfirmationDeliveries : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> handled = new();
    private readonly ConcurrentDictionary<Guid, int> faulted = new();

    public int Of(Guid messageId) => handled.GetValueOrDefault(messageId);

    public int FaultsOf(Guid messageId) => faulted.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Count(handled, context);

    public async Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        await Count(faulted, context);
        await Count(handled, context);
    }

    private static Task Count<T>(ConcurrentDictionary<Guid, int> counts, ConsumeContext<T> context)
        where T : class
    {
        if (context.Message is SendReturnConfirmation && context.MessageId is { } id)
        {
            counts.AddOrUpdate(id, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }
}
