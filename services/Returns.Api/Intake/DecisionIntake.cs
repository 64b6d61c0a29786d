namespace Returns.Api.Intake;

/// <summary>
/// A human decision as plain JSON on the decision-intake queue: decision is approve, deny, retry, cancel or resolve.
/// The id is text so that a malformed one is named in the reason like any other bad field.
/// </summary>
public sealed record DecisionIntake(string? ReturnId, string? Decision, string? Actor, string? Reason);
