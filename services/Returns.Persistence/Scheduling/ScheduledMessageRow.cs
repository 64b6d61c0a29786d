namespace Returns.Persistence.Scheduling;

/// <summary>
/// One row of the ScheduledMessage table, a message waiting in the durable scheduler: the serialized envelope exactly as the scheduling
/// service produced it, where it goes, when, and how its delivery went.
/// </summary>
public sealed class ScheduledMessageRow
{
    public const int AddressLength = 1024;
    public const int ContentTypeLength = 256;
    public const int MessageTypeLength = 2000;
    public const int ErrorLength = 2000;

    /// <summary>The scheduling token (ScheduleMessage.CorrelationId): what a cancel names and a saga compares.</summary>
    public Guid TokenId { get; set; }

    /// <summary>The id the delivered message carries; the same on every attempt, so a receiving inbox can drop a repeat.</summary>
    public Guid MessageId { get; set; }

    /// <summary>The id of the ScheduleMessage command that stored this row, to recognise that command redelivered.</summary>
    public Guid ScheduleMessageId { get; set; }

    public string DestinationAddress { get; set; } = string.Empty;

    /// <summary>When to send it, UTC.</summary>
    public DateTime DueTime { get; set; }

    public string ContentType { get; set; } = string.Empty;

    /// <summary>The message's type URNs, ';'-separated, so the receiver can pick its consumer.</summary>
    public string MessageType { get; set; } = string.Empty;

    /// <summary>The serialized message (for the default serializer: the whole envelope, headers included).</summary>
    public string Body { get; set; } = string.Empty;

    public ScheduledMessageStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When it was delivered, cancelled or given up (UTC); what the retention purge measures from.</summary>
    public DateTime? CompletedAt { get; set; }

    /// <summary>A dispatcher's claim: until then no other replica picks the row up; a crashed claim simply expires.</summary>
    public DateTime? LockedUntil { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>Incremented by every change; claims and completions only succeed against the version they read.</summary>
    public int Version { get; set; }

    /// <summary>A cancel that arrived before its schedule leaves an empty row behind, so the late schedule is not fired.</summary>
    public bool IsTombstone => Status == ScheduledMessageStatus.Cancelled && DestinationAddress.Length == 0;

    public static ScheduledMessageRow Tombstone(Guid tokenId, DateTime now) => new()
    {
        TokenId = tokenId,
        Status = ScheduledMessageStatus.Cancelled,
        DueTime = now,
        CreatedAt = now,
        CompletedAt = now,
    };
}
