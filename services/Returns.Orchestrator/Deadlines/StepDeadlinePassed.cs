namespace Returns.Orchestrator.Deadlines;

/// <summary>
/// The saga's reminder to itself that a step it sent has not answered in time. Scheduled when the
/// command goes out, cancelled when the return stops waiting; <paramref name="Awaiting"/> names what
/// it was waiting for, for the timeline.
/// </summary>
public sealed record StepDeadlinePassed(Guid ReturnId, string Awaiting, DateTimeOffset Deadline) : IReturnReminder;
