using MassTransit;
using MassTransit.Scheduling;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Outbox;

namespace Returns.Persistence.Scheduling;

/// <summary>
/// Applies the scheduler commands a consume sends to the scheduler hosted on its own database, inside the consume's
/// transaction: a schedule becomes its Pending row at once (what ScheduleMessageConsumer would store), a cancel
/// is applied just before the pass saves. Both commit or roll back with the transition that asked for them, in
/// the order it asked, so no tombstone for a cancel that overtook its schedule is needed here.
/// </summary>
public static class LocalScheduleCapture
{
    /// <summary>Takes <paramref name="message"/> (the captured form of <paramref name="context"/>) when it is a scheduler command; false otherwise.</summary>
    public static bool TryCapture<T>(SendContext<T> context, OutboxMessage message, DbContext db, OutboxPassMemory memory, DateTime now)
        where T : class
    {
        switch (context.Message)
        {
            case ScheduleMessage:
                // Read back from its envelope exactly as the scheduler's consumer would receive it, so both paths store the same row.
                var serializer = SystemTextJsonMessageSerializer.Instance.Deserialize(new StringMessageBody(message.Body), EmptyHeaders.Instance, context.DestinationAddress);
                if (!serializer.TryGetMessage<ScheduleMessage>(out var command) || command is null)
                {
                    throw new MessageException(typeof(ScheduleMessage), "A captured ScheduleMessage could not be read back from its envelope.");
                }

                var row = ScheduledMessageRows.From(serializer, command, message.MessageId, message.ContentType, now);
                db.Set<ScheduledMessageRow>().Add(row);
                memory.Scheduled.Add(row);
                return true;

            case CancelScheduledMessage cancel:
                memory.Cancelled.Add(cancel.TokenId);
                return true;

            default:
                return false;
        }
    }

    /// <summary>Applies the cancels captured in this pass; a row scheduled and cancelled in the same pass is never written.</summary>
    public static async Task ApplyCancellations(DbContext db, OutboxPassMemory memory, DateTime now, CancellationToken cancellationToken)
    {
        if (memory.Cancelled.Count == 0)
        {
            return;
        }

        foreach (var row in memory.Scheduled.Where(r => memory.Cancelled.Contains(r.TokenId)).ToList())
        {
            db.Entry(row).State = EntityState.Detached;
            memory.Scheduled.Remove(row);
        }

        await db.Set<ScheduledMessageRow>().CancelPending(memory.Cancelled, now, cancellationToken);
        memory.Cancelled.Clear();
    }
}
