using Returns.Contracts.Status;

namespace Returns.Api.Returns;

/// <summary>
/// What a client-chosen ReturnId already stands for: nothing yet (Existing null), a retry of the same
/// request (Conflict null), or another request (Conflict says what differs).
/// </summary>
public sealed record ReturnIdUse(ReturnStatus? Existing, string? Conflict)
{
    public bool IsNew => Existing is null;
    public bool IsRetry => Existing is not null && Conflict is null;
}
