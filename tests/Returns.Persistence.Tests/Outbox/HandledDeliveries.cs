using System.Collections.Concurrent;
using MassTransit;

namespace Returns.Persistence.Tests.Outbox;

/// <summary>
/// Counts every delivery of a message the consume pipe finished with, per MessageId, redeliveries
/// included: the harness's own lists keep one entry per MessageId, so they cannot tell a redelivery.
/// </summary>
public sealed class HandledDeliveries : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> handled = new();
    private readonly ConcurrentDictionary<Guid, int> faulted = new();

    public int Of(Guid messageId) => handled.GetValueOrDefault(messageId);

    public int FaultsOf(Guid messageId) => faulted.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Count(context);

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        Count(faulted, context);
        return Count(context);
    }

    private Task Count<T>(ConsumeContext<T> context)
        where T : class => Count(handled, context);

    private static Task Count<T>(ConcurrentDictionary<Guid, int> counts, ConsumeContext<T> context)
        where T : class
    {
        if (context.Message is RecordNote && context.MessageId is { } id)
        {
            counts.AddOrUpdate(id, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }
}
