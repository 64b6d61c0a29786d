using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Scheduling;

namespace Returns.Persistence.Outbox;

/// <summary>
/// The consume context of one pass: what the consumer sends or publishes becomes an OutboxMessage row
/// in the pass's transaction; the inbox row records how far the message got. Nothing here saves: the
/// pass saves once, before it commits.
/// </summary>
public sealed class DbContextOutboxConsumeContext<TDbContext, TMessage>(
    ConsumeContext<TMessage> context,
    OutboxConsumeOptions options,
    IServiceProvider provider,
    TDbContext db,
    InboxState inbox,
    TimeProvider time,
    OutboxPassMemory memory,
    LocalScheduler? scheduler)
    : OutboxConsumeContextProxy<TMessage>(context, options, provider)
    where TDbContext : DbContext
    where TMessage : class
{
    private readonly Lock capture = new();

    /// <summary>The id the inbox knows the message by (the original one when the message was redelivered by a scheduler).</summary>
    public override Guid? MessageId => inbox.MessageId;

    public override bool ContinueProcessing { get; set; } = true;
    public override bool IsMessageConsumed => inbox.Consumed.HasValue;
    public override bool IsOutboxDelivered => inbox.Delivered.HasValue;
    public override int ReceiveCount => inbox.ReceiveCount;
    public override long? LastSequenceNumber => inbox.LastSequenceNumber;

    public override Task SetConsumed()
    {
        inbox.Consumed = time.GetUtcNow();
        inbox.Version++;

        // A consumer that sent nothing (a saga transition that only changed its state or set a deadline) has
        // nothing to deliver: "delivered" commits with "consumed" and the delivery pass needs no transaction.
        if (memory.Captured.Count == 0)
        {
            inbox.Delivered = inbox.Consumed;
            memory.OutboxRemoved = true;
        }

        return Task.CompletedTask;
    }

    public override async Task SetDelivered()
    {
        inbox.Delivered = time.GetUtcNow();
        inbox.Version++;

        // Removed in the same transaction as "delivered", so the closing pass needs no database.
        await DeleteOutboxRows();
        memory.OutboxRemoved = true;
    }

    public override async Task<List<OutboxMessageContext>> LoadOutboxMessages()
    {
        var after = inbox.LastSequenceNumber ?? 0;

        // Captured and committed by this delivery's consume pass: the rows are exactly these, no need to read them back.
        IReadOnlyList<OutboxMessage> messages = memory.CapturedCommitted
            ? memory.Captured.Where(x => x.SequenceNumber > after).OrderBy(x => x.SequenceNumber).Take(Options.MessageDeliveryLimit + 1).ToList()
            : await db.Set<OutboxMessage>()
                .AsNoTracking()
                .Where(x => x.InboxMessageId == inbox.MessageId && x.InboxConsumerId == inbox.ConsumerId && x.SequenceNumber > after)
                .OrderBy(x => x.SequenceNumber)
                .Take(Options.MessageDeliveryLimit + 1)
                .ToListAsync(CancellationToken);

        return messages.Select(OutboxMessageContext (x) => x.Deserialize(OutboxMessageCapture.Serializer)).ToList();
    }

    public override Task NotifyOutboxMessageDelivered(OutboxMessageContext message)
    {
        // Saved with the pass: if the pass fails later, the next one sends this message again (at least once).
        inbox.LastSequenceNumber = message.SequenceNumber;
        inbox.Version++;
        return Task.CompletedTask;
    }

    public override Task RemoveOutboxMessages() => memory.OutboxRemoved ? Task.CompletedTask : DeleteOutboxRows();

    public override Task AddSend<T>(SendContext<T> context)
    {
        var message = context.ToOutboxMessage(time.GetUtcNow());
        message.InboxMessageId = inbox.MessageId;
        message.InboxConsumerId = inbox.ConsumerId;

        // A consumer may publish several messages at once; the change tracker is not thread-safe.
        lock (capture)
        {
            if (scheduler?.Receives(context.DestinationAddress, db) == true
                && LocalScheduleCapture.TryCapture(context, message, db, memory, time.GetUtcNow().UtcDateTime))
            {
                return Task.CompletedTask;
            }

            db.Set<OutboxMessage>().Add(message);
            memory.Captured.Add(message);
        }

        return Task.CompletedTask;
    }

    private Task DeleteOutboxRows() => db.Set<OutboxMessage>()
        .Where(x => x.InboxMessageId == inbox.MessageId && x.InboxConsumerId == inbox.ConsumerId)
        .ExecuteDeleteAsync(CancellationToken);
}
