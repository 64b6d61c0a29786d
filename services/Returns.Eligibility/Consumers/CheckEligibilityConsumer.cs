using MassTransit;
using Returns.Contracts.Eligibility;
using Returns.Eligibility.Policy;
using Returns.Eligibility.Rules;
using Returns.Hosting.Messaging;

namespace Returns.Eligibility.Consumers;

/// <summary>Applies the return policy to a validated order and publishes the decision with the rule that made it.</summary>
public sealed class CheckEligibilityConsumer(ReturnPolicy policy, ILogger<CheckEligibilityConsumer> logger) : IConsumer<CheckEligibility>
{
    public async Task Consume(ConsumeContext<CheckEligibility> context)
    {
        var request = context.Message;
        EnsureWellFormed(request);

        var (rule, verdict) = policy.Decide(request);
        logger.LogInformation("Return {ReturnId}: {Outcome} by rule {Rule}: {Explanation}",
            request.ReturnId, verdict.Outcome, rule, verdict.Explanation);

        var publishing = verdict.Outcome switch
        {
            RuleOutcome.Ineligible => context.Publish(new ReturnIneligible(request.ReturnId, rule, verdict.Explanation)),
            RuleOutcome.NeedsApproval => context.Publish(new ReturnNeedsApproval(request.ReturnId, rule, verdict.Explanation)),
            _ => context.Publish(new ReturnEligible(request.ReturnId, rule, verdict.Explanation)),
        };
        await publishing;
    }

    private static void EnsureWellFormed(CheckEligibility request)
    {
        if (request.ReturnId == Guid.Empty)
        {
            throw new BadMessageException("CheckEligibility has an empty ReturnId.");
        }

        if (request.Order?.Lines is not { Count: > 0 })
        {
            throw new BadMessageException($"CheckEligibility {request.ReturnId} has no order lines to judge.");
        }

        if (request.RequestedAt < request.Order.PurchasedAt)
        {
            throw new BadMessageException(
                $"CheckEligibility {request.ReturnId} was requested at {request.RequestedAt:O}, before the purchase at {request.Order.PurchasedAt:O}.");
        }
    }
}
