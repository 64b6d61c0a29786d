using System.Collections.Concurrent;
using MassTransit;

namespace Returns.Persistence.Tests.Outbox;

/// <summary>Downstream subscriber: records every NoteRecorded that actually reached the broker.</summary>
public sealed class NoteRecordedProbe(NoteRecordedProbe.Deliveries deliveries) : IConsumer<NoteRecorded>
{
    public Task Consume(ConsumeContext<NoteRecorded> context)
    {
        deliveries.Add(context.Message.NoteId, context.MessageId);
        return Task.CompletedTask;
    }

    /// <summary>Shared by the harness's probe instances; counts per note.</summary>
    public sealed class Deliveries
    {
        private readonly ConcurrentQueue<(Guid NoteId, Guid? MessageId)> received = new();

        public void Add(Guid noteId, Guid? messageId) => received.Enqueue((noteId, messageId));

        public int Of(Guid noteId) => received.Count(x => x.NoteId == noteId);

        public Guid? MessageIdOf(Guid noteId) => received.FirstOrDefault(x => x.NoteId == noteId).MessageId;
    }
}
