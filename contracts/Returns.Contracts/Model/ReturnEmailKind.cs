namespace Returns.Contracts.Model;

/// <summary>Which email a message is about: the customer's three, or the operations mailbox's escalation notice.</summary>
public enum ReturnEmailKind
{
    Confirmation,
    Rejection,
    Cancellation,
    Escalation,
}
