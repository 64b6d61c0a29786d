using System.Diagnostics;
using MassTransit;

namespace Returns.LoadGenerator.Load;

/// <summary>
/// MassTransit alone over the same broker: messages of the saga's size published to their exchange and
/// consumed from a queue bound to it, as every saga message travels, with nothing done on arrival. The
/// publishers run as many at once as each service consumes (the prefetch count), so the transport is
/// loaded the way the services load it. Run after the load, on the same virtual host, with the system idle.
/// </summary>
public static class TransportBaseline
{
    private const int WarmupMessages = 200;

    public static async Task<BaselineResult> Run(BrokerTarget target, int messages, int messageBytes, int concurrency, CancellationToken cancellationToken)
    {
        var queue = $"load-baseline-{Guid.NewGuid():N}"[..22];
        var counter = new Counter();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(target.Host, (ushort)target.Port, target.VirtualHost, host =>
            {
                host.Username(target.Username);
                host.Password(target.Password);
            });
            cfg.ReceiveEndpoint(queue, endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.PrefetchCount = (ushort)concurrency;
                endpoint.Handler<BaselinePing>(context => counter.Received(context.ReceiveContext.Body.Length));
            });
        });

        await bus.StartAsync(cancellationToken);
        try
        {
            // One bare message first: its size is the envelope, which the padding then makes up to the saga's size.
            await counter.Phase(1, () => bus.Publish(new BaselinePing(Guid.NewGuid(), 0, string.Empty), cancellationToken), cancellationToken);
            var padding = new string('x', Math.Max(0, messageBytes - (int)counter.LastBytes));

            await counter.Phase(WarmupMessages, () => PublishAll(bus, WarmupMessages, concurrency, padding, cancellationToken), cancellationToken);

            var started = Stopwatch.GetTimestamp();
            await counter.Phase(messages, () => PublishAll(bus, messages, concurrency, padding, cancellationToken), cancellationToken);
            return new BaselineResult(messages, (int)counter.LastBytes, concurrency, Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
    }

    private static Task PublishAll(IBus bus, int messages, int publishers, string padding, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, publishers).Select(async publisher =>
        {
            for (var i = publisher; i < messages; i += publishers)
            {
                await bus.Publish(new BaselinePing(Guid.NewGuid(), i, padding), cancellationToken);
            }
        }));

    /// <summary>Counts arrivals and completes each phase when its messages are all in.</summary>
    private sealed class Counter
    {
        private long received;
        private long expected;
        private TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long LastBytes { get; private set; }

        public async Task Phase(int messages, Func<Task> publish, CancellationToken cancellationToken)
        {
            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Interlocked.Add(ref expected, messages);
            await publish();
            await done.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        }

        public Task Received(long? bytes)
        {
            LastBytes = bytes ?? 0;
            if (Interlocked.Increment(ref received) >= Interlocked.Read(ref expected))
            {
                done.TrySetResult();
            }

            return Task.CompletedTask;
        }
    }
}
