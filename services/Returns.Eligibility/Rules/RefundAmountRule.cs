using System.Globalization;
using Microsoft.Extensions.Options;
using Returns.Contracts.Eligibility;
using Returns.Eligibility.Policy;

namespace Returns.Eligibility.Rules;

/// <summary>A refund above the configured amount is a manager's call, however recent the purchase.</summary>
public sealed class RefundAmountRule(IOptions<ReturnPolicyOptions> options) : IReturnRule
{
    public string Name => "refund-amount";

    public RuleVerdict Evaluate(CheckEligibility request)
    {
        var limit = options.Value.ApprovalAboveAmount;
        var refund = request.Order.Lines.Sum(line => line.UnitPrice * line.Quantity);
        return refund > limit
            ? RuleVerdict.NeedsApproval(string.Create(CultureInfo.InvariantCulture,
                $"A refund of {refund:0.00} {request.Order.Currency} is above the {limit:0.00} a return may refund without a manager"))
            : RuleVerdict.Pass;
    }
}
