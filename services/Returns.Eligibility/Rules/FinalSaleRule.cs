using Returns.Contracts.Eligibility;

namespace Returns.Eligibility.Rules;

/// <summary>Final-sale items cannot be returned at all, however recent the purchase.</summary>
public sealed class FinalSaleRule : IReturnRule
{
    public string Name => "final-sale";

    public RuleVerdict Evaluate(CheckEligibility request)
    {
        var finalSale = request.Order.Lines.Where(line => line.FinalSale).Select(line => line.Sku).ToList();
        return finalSale.Count == 0
            ? RuleVerdict.Pass
            : RuleVerdict.Ineligible($"Final-sale items cannot be returned: {string.Join(", ", finalSale)}");
    }
}
