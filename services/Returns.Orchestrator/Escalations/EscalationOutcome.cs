namespace Returns.Orchestrator.Escalations;

/// <summary>What the saga does itself when nobody answered an escalation in time.</summary>
public enum EscalationOutcome
{
    /// <summary>Nothing but tell the operations mailbox again: the return keeps waiting for a person.</summary>
    Notify,

    /// <summary>Approval only: refuse the return, as a manager's deny would.</summary>
    Deny,

    /// <summary>Approval only: accept the return, as a manager's approve would.</summary>
    Approve,

    /// <summary>Attention only: cancel the return and undo its completed steps (never over a failed compensation).</summary>
    Cancel,
}
