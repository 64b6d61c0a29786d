namespace Returns.Eligibility.Rules;

/// <summary>What a rule concluded about a return.</summary>
public enum RuleOutcome
{
    /// <summary>The rule has no objection and leaves the decision to the rules after it.</summary>
    Pass,
    Eligible,
    NeedsApproval,
    Ineligible,
}
