using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;
using Microsoft.EntityFrameworkCore;
using Returns.Hosting.Messaging;

namespace Returns.Persistence.Scheduling;

/// <summary>How a <see cref="ScheduleMessage"/> becomes a Pending row, and how rows are cancelled: shared by the scheduler's consumers and the in-transaction path.</summary>
public static class ScheduledMessageRows
{
    /// <summary>
    /// The row for a schedule command read from <paramref name="serializer"/>: the payload re-wrapped in an envelope
    /// by the serializer it arrived with, carrying the scheduling message's ids and headers, so delivery can
    /// restore them unchanged.
    /// </summary>
    /// <exception cref="BadMessageException">The command lacks its destination, payload or payload type.</exception>
    public static ScheduledMessageRow From(SerializerContext serializer, ScheduleMessage command, Guid scheduleMessageId, string contentType, DateTime now)
    {
        if (command.Destination is null || command.Payload is null || command.PayloadType is not { Length: > 0 })
        {
            throw new BadMessageException("ScheduleMessage needs a Destination, a Payload and its PayloadType.");
        }

        var body = serializer
            .GetMessageSerializer(command.Payload, command.PayloadType)
            .GetMessageBody(new MessageSendContext<ScheduleMessage>(command))
            .GetString();

        return new ScheduledMessageRow
        {
            TokenId = command.CorrelationId,
            // A fresh id of its own: tools that key on MessageId (the test harness, logs) would
            // otherwise take the delivery for the ScheduleMessage command seen again.
            MessageId = NewId.NextGuid(),
            ScheduleMessageId = scheduleMessageId,
            DestinationAddress = command.Destination.ToString(),
            DueTime = AsUtc(command.ScheduledTime),
            ContentType = contentType,
            MessageType = string.Join(';', command.PayloadType),
            Body = body,
            Status = ScheduledMessageStatus.Pending,
            CreatedAt = now,
        };
    }

    /// <summary>
    /// Cancels the Pending rows of <paramref name="tokens"/> in one statement, so it cannot interleave with a
    /// dispatcher's claim: whichever commits first wins. Returns how many rows it cancelled.
    /// </summary>
    public static Task<int> CancelPending(this DbSet<ScheduledMessageRow> messages, IReadOnlyCollection<Guid> tokens, DateTime now, CancellationToken cancellationToken) =>
        messages
            .Where(m => tokens.Contains(m.TokenId) && m.Status == ScheduledMessageStatus.Pending)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.Status, ScheduledMessageStatus.Cancelled)
                    .SetProperty(m => m.CompletedAt, now)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null)
                    .SetProperty(m => m.Version, m => m.Version + 1),
                cancellationToken);

    // The contract asks for UTC; a time without a Kind is taken as UTC, a local one converted.
    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
