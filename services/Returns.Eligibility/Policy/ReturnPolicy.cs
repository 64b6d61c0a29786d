using Returns.Contracts.Eligibility;
using Returns.Eligibility.Rules;

namespace Returns.Eligibility.Policy;

/// <summary>The rules in their registration order; the first one that reaches a conclusion decides.</summary>
public sealed class ReturnPolicy(IEnumerable<IReturnRule> rules)
{
    public const string NoObjectionRule = "policy";

    public PolicyDecision Decide(CheckEligibility request)
    {
        foreach (var rule in rules)
        {
            var verdict = rule.Evaluate(request);
            if (verdict.Outcome != RuleOutcome.Pass)
            {
                return new PolicyDecision(rule.Name, verdict);
            }
        }

        // Unreachable with the return-window rule registered (it always concludes), but a policy
        // whose rules all pass has nothing against the return.
        return new PolicyDecision(NoObjectionRule, RuleVerdict.Eligible("No rule objected to the return"));
    }
}
