namespace Returns.Orchestrator.Deadlines;

/// <summary>The saga's reminder to itself that an escalation has waited long enough to remind the operations mailbox.</summary>
public sealed record EscalationReminderDue(Guid ReturnId, Guid EscalationId) : IReturnReminder;
