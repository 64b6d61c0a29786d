using System.ComponentModel.DataAnnotations;

namespace Returns.Eligibility.Policy;

/// <summary>The shop's return policy settings, bound from "Eligibility".</summary>
public sealed class ReturnPolicyOptions
{
    public const string Section = "Eligibility";

    /// <summary>Whole days after purchase a return may be requested without a manager's approval.</summary>
    [Range(1, 3650)]
    public int ReturnWindowDays { get; set; } = 60;

    /// <summary>A refund larger than this (in the order's currency) waits for a manager's approval.</summary>
    [Range(typeof(decimal), "0", "1000000000")]
    public decimal ApprovalAboveAmount { get; set; } = 500m;
}
