using System.Collections.Concurrent;
using MassTransit;
using Returns.Contracts.Notifications;

namespace Returns.Persistence.Tests.Notifications;

/// <summary>Downstream subscriber (the orchestrator's stand-in): records every ReturnEmailSent that reached the transport.</summary>
public sealed class ReturnEmailSentProbe(ReturnEmailSentProbe.Received received) : IConsumer<ReturnEmailSent>
{
    public Task Consume(ConsumeContext<ReturnEmailSent> context)
    {
        received.Add(context.Message);
        return Task.CompletedTask;
    }

    /// <summary>Shared by the probe's instances, and by the hosts of one test so it outlives a restart.</summary>
    public sealed class Received
    {
        private readonly ConcurrentQueue<ReturnEmailSent> events = new();

        public void Add(ReturnEmailSent message) => events.Enqueue(message);

        public IReadOnlyList<ReturnEmailSent> Of(Guid returnId) => events.Where(x => x.ReturnId == returnId).ToList();
    }
}
