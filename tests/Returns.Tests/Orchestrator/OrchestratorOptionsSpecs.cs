using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Returns.Orchestrator;

namespace Returns.Tests.Orchestrator;

public sealed class OrchestratorOptionsSpecs
{
    [Fact]
    public void Reads_the_timings_from_the_Orchestrator_section()
    {
        var options = Resolve(new() { ["Orchestrator:RefundDelay"] = "00:00:05", ["Orchestrator:StepTimeout"] = "00:02:00" });

        options.RefundDelay.ShouldBe(TimeSpan.FromSeconds(5));
        options.StepTimeout.ShouldBe(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void Defaults_to_a_week_for_the_refund_and_five_minutes_per_step()
    {
        var options = Resolve([]);

        options.RefundDelay.ShouldBe(TimeSpan.FromDays(7));
        options.StepTimeout.ShouldBe(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void Refuses_a_negative_refund_delay_and_a_step_timeout_of_zero_naming_both_keys()
    {
        var failure = Should.Throw<OptionsValidationException>(() =>
            Resolve(new() { ["Orchestrator:RefundDelay"] = "-1.00:00:00", ["Orchestrator:StepTimeout"] = "00:00:00" }));

        failure.Failures.Count().ShouldBe(2);
        failure.Message.ShouldContain("Orchestrator:RefundDelay");
        failure.Message.ShouldContain("Orchestrator:StepTimeout");
    }

    private static OrchestratorOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddOrchestratorOptions(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<OrchestratorOptions>>().Value;
    }
}
