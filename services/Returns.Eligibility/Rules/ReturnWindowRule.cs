using Microsoft.Extensions.Options;
using Returns.Contracts.Eligibility;
using Returns.Eligibility.Policy;

namespace Returns.Eligibility.Rules;

/// <summary>Returns inside the window are eligible; later ones go to a manager rather than being refused.</summary>
public sealed class ReturnWindowRule(IOptions<ReturnPolicyOptions> options) : IReturnRule
{
    public string Name => "return-window";

    public RuleVerdict Evaluate(CheckEligibility request)
    {
        var window = options.Value.ReturnWindowDays;
        var days = DaysAfterPurchase(request.Order.PurchasedAt, request.RequestedAt);
        return days > window
            ? RuleVerdict.NeedsApproval($"Requested {days} days after purchase; the window is {window} days")
            : RuleVerdict.Eligible($"Requested {days} days after purchase; within the {window}-day window");
    }

    /// <summary>
    /// The one definition of a return's age: whole elapsed days, counted down, between the two
    /// instants. 60 days and 23 hours is day 60, so a window of 60 still includes it; the 61st day
    /// begins exactly 61 × 24 hours after purchase. Instants, not calendar dates, so time zones do not matter.
    /// </summary>
    public static int DaysAfterPurchase(DateTimeOffset purchasedAt, DateTimeOffset requestedAt) =>
        (int)Math.Floor((requestedAt - purchasedAt).TotalDays);
}
