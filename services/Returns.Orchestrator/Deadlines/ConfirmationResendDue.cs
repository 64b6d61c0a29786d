namespace Returns.Orchestrator.Deadlines;

/// <summary>The saga's reminder to itself to try the customer's confirmation email again after it failed.</summary>
public sealed record ConfirmationResendDue(Guid ReturnId, int Attempt) : IReturnReminder;
