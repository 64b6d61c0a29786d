using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Returns.Eligibility.Consumers;
using Returns.Eligibility.Policy;
using Returns.Eligibility.Rules;

namespace Returns.Eligibility;

public static class EligibilityRegistration
{
    /// <summary>The eligibility step's consumer with the policy it applies; the rules run in the order added here.</summary>
    public static IBusRegistrationConfigurator AddEligibilityConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddOptions<ReturnPolicyOptions>();
        bus.TryAddEnumerable(ServiceDescriptor.Singleton<IReturnRule, FinalSaleRule>());
        bus.TryAddEnumerable(ServiceDescriptor.Singleton<IReturnRule, RefundAmountRule>());
        bus.TryAddEnumerable(ServiceDescriptor.Singleton<IReturnRule, ReturnWindowRule>());
        bus.TryAddSingleton<ReturnPolicy>();

        bus.AddConsumer<CheckEligibilityConsumer, CheckEligibilityConsumerDefinition>();
        return bus;
    }
}
