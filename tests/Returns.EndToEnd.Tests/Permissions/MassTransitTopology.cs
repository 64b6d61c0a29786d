using System.Text;
using System.Text.RegularExpressions;
using RabbitMQ.Client;

namespace Returns.EndToEnd.Tests.Permissions;

/// <summary>
/// The AMQP operations MassTransit 8.4 performs on RabbitMQ for each thing a service does, as its source and a
/// live broker show them: exchanges are fanout, named after the queue (a queue's own exchange) or after the
/// message type ("Namespace:Type"); faults go to "MassTransit:Fault--Namespace:Type--", bound to
/// "MassTransit:Fault"; a "queue:" send declares and binds the queue as well.
/// </summary>
public static partial class MassTransitTopology
{
    private static readonly ReadOnlyMemory<byte> Body = Encoding.UTF8.GetBytes("{}");

    /// <summary>The exchange MassTransit names after a message type.</summary>
    public static string Exchange<T>() => $"{typeof(T).Namespace}:{typeof(T).Name}";

    /// <summary>
    /// A receive endpoint on <paramref name="queue"/>: the queue and its own exchange, the _error and _skipped
    /// neighbours it moves failed and unwanted messages to (each an exchange and a queue), then the consumer.
    /// </summary>
    public static Func<IChannel, Task> ReceiveEndpoint(string queue, bool temporary = false) => async channel =>
    {
        // A bus endpoint's queue is temporary: not durable, auto-deleted, gone a minute after its process.
        var arguments = temporary ? new Dictionary<string, object?> { ["x-expires"] = 60_000 } : null;
        foreach (var name in new[] { queue, queue + "_error", queue + "_skipped" })
        {
            await channel.ExchangeDeclareAsync(name, ExchangeType.Fanout, durable: !temporary, autoDelete: temporary);
            await channel.QueueDeclareAsync(name, durable: !temporary, exclusive: false, autoDelete: temporary && name == queue, arguments: arguments);
            await channel.QueueBindAsync(name, name, string.Empty);
        }

        // What MassTransit does to move a failed message: publish it on the _error exchange.
        await channel.BasicPublishAsync(queue + "_error", string.Empty, Body);
        await Consume(queue)(channel);
    };

    /// <summary>A consumer on <paramref name="queue"/> (that takes nothing off it: unacknowledged messages go back when its channel closes).</summary>
    public static Func<IChannel, Task> Consume(string queue) => channel =>
        channel.BasicConsumeAsync(queue, autoAck: false, new NoConsumer(channel));

    /// <summary>The consume topology of one message type on an endpoint: its exchange, bound to the queue's exchange.</summary>
    public static Func<IChannel, Task> Subscribe(string queue, string messageExchange) => async channel =>
    {
        await channel.ExchangeDeclareAsync(messageExchange, ExchangeType.Fanout, durable: true);
        await channel.ExchangeBindAsync(queue, messageExchange, string.Empty);
    };

    /// <summary>A publish: the message type's exchange declared, the message published on it.</summary>
    public static Func<IChannel, Task> Publish(string messageExchange) => async channel =>
    {
        await channel.ExchangeDeclareAsync(messageExchange, ExchangeType.Fanout, durable: true);
        await channel.BasicPublishAsync(messageExchange, string.Empty, Body);
    };

    /// <summary>A send to "queue:name": the exchange and the queue declared and bound, the message published on the exchange.</summary>
    public static Func<IChannel, Task> Send(string queue) => async channel =>
    {
        await channel.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, queue, string.Empty);
        await channel.BasicPublishAsync(queue, string.Empty, Body);
    };

    /// <summary>A response to a request: sent to the requester's temporary bus exchange.</summary>
    public static Func<IChannel, Task> Respond(string busEndpoint) => async channel =>
    {
        await channel.ExchangeDeclareAsync(busEndpoint, ExchangeType.Fanout, durable: false, autoDelete: true);
        await channel.BasicPublishAsync(busEndpoint, string.Empty, Body);
    };

    /// <summary>
    /// A published fault: Fault&lt;T&gt; for a consumer that failed on <paramref name="messageExchange"/>, or the
    /// ReceiveFault of a message that could not even be read (null); each bound to MassTransit:Fault, the type it implements.
    /// </summary>
    public static Func<IChannel, Task> PublishFault(string? messageExchange) => async channel =>
    {
        var fault = messageExchange is null ? "MassTransit:ReceiveFault" : $"MassTransit:Fault--{messageExchange}--";
        await channel.ExchangeDeclareAsync(fault, ExchangeType.Fanout, durable: true);
        await channel.ExchangeDeclareAsync("MassTransit:Fault", ExchangeType.Fanout, durable: true);
        await channel.ExchangeBindAsync("MassTransit:Fault", fault, string.Empty);
        await channel.BasicPublishAsync(fault, string.Empty, Body);
    };

    /// <summary>The name MassTransit gives a process's temporary bus endpoint: machine, process (its entry assembly), "bus", an id.</summary>
    public static string BusEndpoint(string assembly) =>
        $"{NonAlphanumeric().Replace(Environment.MachineName, string.Empty)}_{NonAlphanumeric().Replace(assembly, string.Empty)}_bus_{Guid.NewGuid():N}";

    [GeneratedRegex("[^a-zA-Z0-9]")]
    private static partial Regex NonAlphanumeric();

    private sealed class NoConsumer(IChannel channel) : AsyncDefaultBasicConsumer(channel);
}
