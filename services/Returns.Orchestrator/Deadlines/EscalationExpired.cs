namespace Returns.Orchestrator.Deadlines;

/// <summary>The saga's reminder to itself that an escalation was not answered in time.</summary>
public sealed record EscalationExpired(Guid ReturnId, Guid EscalationId) : IReturnReminder;
