namespace Returns.Persistence.Scheduling;

/// <summary>How the durable scheduler's dispatcher polls and keeps history. Bound from the "Scheduler" section.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Pause between two looks for due messages; the lateness a scheduled message can have.</summary>
    public int PollIntervalMs { get; set; } = 1000;

    /// <summary>Due messages one poll claims and sends at most; the rest wait for the next poll.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long delivered and cancelled rows stay for audit before they are purged.</summary>
    public TimeSpan DeliveredRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Send attempts before a message is marked Failed and left alone.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a dispatcher's claim on a row lasts; a replica that dies mid-send loses it after this.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
