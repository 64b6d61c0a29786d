using System.Net;

namespace Returns.EndToEnd.Tests.Durability;

/// <summary>What the API answered to the approval and to the denial posted at the same moment for one return.</summary>
public sealed record RacedDecision(Guid ReturnId, HttpStatusCode Approve, HttpStatusCode Deny)
{
    /// <summary>"ApproveReturn" or "DenyReturn" when exactly one was accepted and the other refused with 409; null otherwise.</summary>
    public string? Winner => (Approve, Deny) switch
    {
        (HttpStatusCode.OK, HttpStatusCode.Conflict) => "ApproveReturn",
        (HttpStatusCode.Conflict, HttpStatusCode.OK) => "DenyReturn",
        _ => null,
    };

    public string? Loser => Winner switch
    {
        "ApproveReturn" => "DenyReturn",
        "DenyReturn" => "ApproveReturn",
        _ => null,
    };
}
