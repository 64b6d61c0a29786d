using Returns.Contracts;

namespace Returns.Api.Returns;

/// <summary>
/// What a human decision needs at either door (the HTTP endpoints and the decision-intake queue): who
/// decides and why, both short enough to sit on the timeline. Problems are keyed by the JSON field.
/// </summary>
public static class DecisionRules
{
    public const int MaxActorLength = 200;

    public static Dictionary<string, string[]> Problems(string? actor, string? reason)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(actor))
        {
            errors["actor"] = ["is required: who makes this decision"];
        }
        else if (actor.Trim().Length > MaxActorLength)
        {
            errors["actor"] = [$"must be at most {MaxActorLength} characters"];
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["reason"] = ["is required: why this decision"];
        }
        else if (reason.Trim().Length > ReturnRequestRules.MaxReasonLength)
        {
            errors["reason"] = [$"must be at most {ReturnRequestRules.MaxReasonLength} characters"];
        }

        return errors;
    }
}
