namespace Returns.Contracts.Escalations;

/// <summary>Which moment of an escalation's life a notice to the operations mailbox is about.</summary>
public enum EscalationNotice
{
    Opened,
    Reminder,
    Expired,
}
