namespace Returns.Contracts.Escalations;

/// <summary>Why a return waits for a person: a manager's approval, or an operator's attention.</summary>
public enum EscalationKind
{
    Approval,
    Attention,
}
