namespace Returns.Orchestrator.Deadlines;

/// <summary>A message the saga schedules for itself; it comes back to the return it names.</summary>
public interface IReturnReminder
{
    Guid ReturnId { get; }
}
