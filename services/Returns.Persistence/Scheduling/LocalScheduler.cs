using Microsoft.EntityFrameworkCore;

namespace Returns.Persistence.Scheduling;

/// <summary>
/// The durable scheduler hosted in this process, on <paramref name="dbContextType"/>'s database. A saga or consumer
/// behind the inbox/outbox on that same DbContext has its ScheduleMessage and CancelScheduledMessage applied to
/// the schedule table inside its own transaction (<see cref="LocalScheduleCapture"/>) rather than sent through
/// the broker to the scheduler's queue and consumed back: half the orchestrator's messages were those two, one
/// pair per step deadline.
/// </summary>
public sealed class LocalScheduler(string queueName, Type dbContextType)
{
    /// <summary>True when a send to <paramref name="destination"/> from a consume on <paramref name="db"/> is for this scheduler.</summary>
    public bool Receives(Uri? destination, DbContext db) =>
        destination is not null && dbContextType.IsInstanceOfType(db) && QueueOf(destination) == queueName;

    // "queue:scheduler" before the transport resolves it, "rabbitmq://host/vhost/scheduler" (or loopback://...) after.
    private static string? QueueOf(Uri destination) =>
        destination.Scheme == "queue"
            ? destination.AbsolutePath
            : destination.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
}
