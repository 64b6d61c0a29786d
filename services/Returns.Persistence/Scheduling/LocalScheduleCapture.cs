using MassTransit;
using MassTransit.Scheduling;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Outbox;

namespace Returns.Persistence.Scheduling;

/// <summary>
/// Applies the scheduler commands a consume sends to the scheduler hosted on its own database, inside the consume's
/// transaction: a schedule becomes its Pending row at once (what ScheduleMessageConsumer would store), the cancels
/// are applied together just before the pass saves, and both commit or roll back with the transition that asked
/// for them. Tokens are fresh for every schedule (MassTransit makes a new one per ScheduleSend), so a row is only
/// ever inserted here: a token scheduled and cancelled in the same pass is never written, whatever the order.
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

    /// <summary>
    /// Applies the cancels captured in this pass; a row scheduled and cancelled in the same pass is never written.
    /// A token with no row at all was scheduled through the broker and not stored yet (a ScheduleMessage still
    /// queued, e.g. from a replica on older code): it gets the tombstone the scheduler's consumer would leave,
    /// so that schedule is not stored when it arrives. Costs a query only when a cancel found nothing pending.
    /// </summary>
    public static async Task ApplyCancellations(DbContext db, OutboxPassMemory memory, DateTime now, CancellationToken cancellationToken)
    {
        if (memory.Cancelled.Count == 0)
        {
            return;
        }

        var written = memory.Scheduled.Where(r => memory.Cancelled.Contains(r.TokenId)).ToList();
        foreach (var row in written)
        {
            db.Entry(row).State = EntityState.Detached;
            memory.Scheduled.Remove(row);
        }

        var tokens = memory.Cancelled.Except(written.Select(r => r.TokenId)).ToList();
        memory.Cancelled.Clear();
        if (tokens.Count == 0)
        {
            return;
        }

        var rows = db.Set<ScheduledMessageRow>();
        if (await rows.CancelPending(tokens, now, cancellationToken) < tokens.Count)
        {
            var known = await rows.Where(m => tokens.Contains(m.TokenId)).Select(m => m.TokenId).ToListAsync(cancellationToken);
            foreach (var token in tokens.Except(known))
            {
                // Should the schedule be stored at the same moment, the pass's save fails on the key and its retry cancels that row.
                rows.Add(ScheduledMessageRow.Tombstone(token, now));
            }
        }
    }
}
