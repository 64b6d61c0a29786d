namespace Returns.Contracts.Model;

/// <summary>Which of the customer emails a message is about.</summary>
public enum ReturnEmailKind
{
    Confirmation,
    Rejection,
    Cancellation,
}
