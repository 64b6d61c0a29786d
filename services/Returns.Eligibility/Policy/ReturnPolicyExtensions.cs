using Microsoft.Extensions.Options;

namespace Returns.Eligibility.Policy;

public static class ReturnPolicyExtensions
{
    /// <summary>Binds ReturnPolicyOptions from "Eligibility" and refuses to start with an impossible window.</summary>
    public static IHostApplicationBuilder AddReturnPolicy(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddOptions<ReturnPolicyOptions>()
            .BindConfiguration(ReturnPolicyOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }
}
