using Returns.Eligibility.Rules;

namespace Returns.Eligibility.Policy;

/// <summary>The policy's answer: which rule decided, and its verdict.</summary>
public sealed record PolicyDecision(string Rule, RuleVerdict Verdict);
