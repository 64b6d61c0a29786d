namespace Returns.Eligibility.Rules;

/// <summary>A rule's conclusion and the sentence that explains it.</summary>
public sealed record RuleVerdict(RuleOutcome Outcome, string Explanation)
{
    public static readonly RuleVerdict Pass = new(RuleOutcome.Pass, string.Empty);

    public static RuleVerdict Eligible(string details) => new(RuleOutcome.Eligible, details);

    public static RuleVerdict NeedsApproval(string reason) => new(RuleOutcome.NeedsApproval, reason);

    public static RuleVerdict Ineligible(string reason) => new(RuleOutcome.Ineligible, reason);
}
