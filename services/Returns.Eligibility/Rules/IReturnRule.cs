using Returns.Contracts.Eligibility;

namespace Returns.Eligibility.Rules;

/// <summary>One clause of the return policy; Name is what the decision records as the rule that decided.</summary>
public interface IReturnRule
{
    string Name { get; }

    RuleVerdict Evaluate(CheckEligibility request);
}
