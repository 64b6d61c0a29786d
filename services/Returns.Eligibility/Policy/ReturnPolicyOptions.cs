using System.ComponentModel.DataAnnotations;

namespace Returns.Eligibility.Policy;

/// <summary>The shop's return policy settings, bound from "Eligibility".</summary>
public sealed class ReturnPolicyOptions
{
    public const string Section = "Eligibility";

    /// <summary>Whole days after purchase a return may be requested without a manager's approval.</summary>
    [Range(1, 3650)]
    public int ReturnWindowDays { get; set; } = 60;
}
