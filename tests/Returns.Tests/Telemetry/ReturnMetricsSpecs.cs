using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Returns.Contracts.Eligibility;
using Returns.Contracts.Labels;
using Returns.Contracts.Refunds;
using Returns.Contracts.Validation;
using Returns.Orchestrator.Telemetry;
using Returns.Tests.Orchestrator;

namespace Returns.Tests.Telemetry;

/// <summary>The saga's "Returns" meter, read with a MeterListener while returns walk through the saga on the harness.</summary>
public sealed class ReturnMetricsSpecs : IAsyncLifetime
{
    private SagaSpecHarness spec = null!;
    private RecordedMeasurements recorded = null!;
    private SagaScenario scenario = null!;

    public async Task InitializeAsync()
    {
        spec = await SagaSpecHarness.Start();
        recorded = new RecordedMeasurements(spec.Harness.Provider.GetRequiredService<IMeterFactory>(), ReturnMetrics.MeterName);
        scenario = new SagaScenario(spec);
    }

    public async Task DisposeAsync()
    {
        recorded.Dispose();
        await spec.DisposeAsync();
    }

    [Fact]
    public async Task A_completed_return_is_counted_once_started_once_ended_with_a_duration_for_every_step()
    {
        await scenario.ToSchedulingRefund();
        var refund = (await spec.SentFor<ScheduleRefund>(scenario.ReturnId)).Single();
        await spec.Publish(new RefundScheduled(scenario.ReturnId, "RF-1", refund.Amount, refund.Currency, refund.DueAt));

        var ended = (await recorded.WaitFor("returns.ended", 1)).ShouldHaveSingleItem();
        ended.Tags["returns.outcome"].ShouldBe("completed");
        recorded.Of("returns.started").ShouldHaveSingleItem().Value.ShouldBe(1);

        var steps = await recorded.WaitFor("returns.step.duration", 6);
        steps.Select(s => s.Tags["returns.step"]).Order().ShouldBe(
            ["check-eligibility", "create-return-label", "mark-items-returning", "schedule-refund", "send-return-confirmation", "validate-order"]);
        steps.ShouldAllBe(s => s.Tags["returns.step.outcome"] == "succeeded" && s.Unit == "s" && s.Value >= 0 && s.Value < 30);
        recorded.Of("returns.escalations.opened").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_ineligible_return_ends_rejected_and_its_eligibility_step_counts_as_refused()
    {
        await scenario.ToCheckingEligibility();
        await spec.Publish(new ReturnIneligible(scenario.ReturnId, "final-sale", "Final sale items cannot be returned"));

        (await recorded.WaitFor("returns.ended", 1)).ShouldHaveSingleItem().Tags["returns.outcome"].ShouldBe("rejected");
        var eligibility = (await recorded.WaitFor("returns.step.duration", 2)).Single(s => s.Tags["returns.step"] == "check-eligibility");
        eligibility.Tags["returns.step.outcome"].ShouldBe("refused");
    }

    [Fact]
    public async Task A_return_waiting_for_approval_opens_an_approval_escalation_and_a_faulted_step_an_attention_one()
    {
        await scenario.ToAwaitingApproval();
        (await recorded.WaitFor("returns.escalations.opened", 1)).ShouldHaveSingleItem().Tags["returns.escalation.kind"].ShouldBe("approval");

        var other = new SagaScenario(spec);
        await other.ToCreatingLabel();
        await spec.PublishFault((await spec.SentFor<CreateReturnLabel>(other.ReturnId)).Single(), "carrier API 503 after 4 attempts");

        var attention = await recorded.WaitFor("returns.escalations.opened", 1, m => m.Tags["returns.escalation.kind"] == "attention");
        attention.ShouldHaveSingleItem();
        (await recorded.WaitFor("returns.step.duration", 1, m => m.Tags["returns.step"] == "create-return-label"))
            .ShouldHaveSingleItem().Tags["returns.step.outcome"].ShouldBe("faulted");
        recorded.Of("returns.ended").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_answer_delivered_twice_is_measured_once()
    {
        await scenario.ToCheckingEligibility();
        await spec.Publish(new OrderValidated(scenario.ReturnId, scenario.Order));
        await spec.Settled();

        recorded.Of("returns.step.duration").Count(s => s.Tags["returns.step"] == "validate-order").ShouldBe(1);
        recorded.Of("returns.started").Count.ShouldBe(1);
    }
}
