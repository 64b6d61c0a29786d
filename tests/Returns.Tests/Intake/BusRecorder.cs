using System.Collections.Concurrent;
using System.Text;
using MassTransit;

namespace Returns.Tests.Intake;

/// <summary>
/// Sees what the bus does, without the harness's lists (whose waits end for good at its first quiet spell):
/// every message published, every message consumed, and every message that faults, whether its consumer
/// threw or it never reached one (it could not be read, a filter refused it). A fault's reason is the
/// innermost exception's message, which is what MassTransit writes into the MT-Fault-Message header of the
/// copy in the _error queue.
/// </summary>
public sealed class BusRecorder : IReceiveObserver, IPublishObserver
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<RecordedFault> faults = new();
    private readonly ConcurrentQueue<object> consumed = new();
    private readonly ConcurrentQueue<object> published = new();

    /// <summary>Waits until the message with exactly this body has faulted on <paramref name="queue"/>.</summary>
    public async Task<RecordedFault> FaultOf(string queue, string body)
    {
        for (var deadline = DateTime.UtcNow + Patience; DateTime.UtcNow < deadline; await Task.Delay(20))
        {
            var found = faults.FirstOrDefault(f => f.Queue == queue && f.Body == body);
            if (found is not null)
            {
                return found;
            }
        }

        throw new TimeoutException($"No fault on {queue} for the body {Shorten(body)}. Seen: {string.Join(" | ", faults.Select(f => $"{f.Queue}: {f.Reason}"))}");
    }

    /// <summary>Whether the message with exactly this body faulted anywhere.</summary>
    public bool Faulted(string body) => faults.Any(f => f.Body == body);

    /// <summary>The published messages of this type that match, once at least one has been (or the patience ran out).</summary>
    public Task<List<T>> Published<T>(Func<T, bool> match)
        where T : class => AtLeast(published, match, 1);

    /// <summary>The consumed messages of this type that match, once <paramref name="count"/> have been (or the patience ran out).</summary>
    public Task<List<T>> Consumed<T>(Func<T, bool> match, int count)
        where T : class => AtLeast(consumed, match, count);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class
    {
        consumed.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Fault(context.ReceiveContext, exception);

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Fault(context, exception);

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        published.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    private static async Task<List<T>> AtLeast<T>(ConcurrentQueue<object> seen, Func<T, bool> match, int count)
    {
        for (var deadline = DateTime.UtcNow + Patience; ; await Task.Delay(20))
        {
            var found = seen.OfType<T>().Where(match).ToList();
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                return found;
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    private Task Fault(ReceiveContext context, Exception exception)
    {
        var queue = context.InputAddress.AbsolutePath.Trim('/').Split('/').Last();
        faults.Enqueue(new RecordedFault(queue, exception.GetBaseException().Message, Encoding.UTF8.GetString(context.Body.GetBytes())));
        return Task.CompletedTask;
    }
}
