using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.EndToEnd.Tests.Faults;

/// <summary>
/// The quick SQLite system with its clocks shortened so faults play out within seconds: a step deadline
/// of 15 s (resend at the first, NeedsAttention at the second; shorter ones mistook a busy two-core CI
/// machine's slow steps for silent ones), a failed confirmation email tried again
/// every 3 s (up to 5 times), the refund due a second after the label, SMTP retries that back off from
/// 100 ms, and circuit breakers that stay open for 1 s instead of 15.
/// </summary>
public sealed class FaultReturnsSystem()
    : ReturnsSystem(new ReturnsSystemOptions
    {
        OrchestratorSettings = new Dictionary<string, string>
        {
            ["Orchestrator__StepTimeout"] = "00:00:15",
            ["Orchestrator__EmailResendAfter"] = "00:00:03",
            ["Orchestrator__EmailResendAttempts"] = "5",
            ["Orchestrator__RefundDelay"] = "00:00:01",
            ["Scheduler__PollIntervalMs"] = "200",
        },
        ServiceSettings = new Dictionary<string, string>
        {
            // SMTP's own 500 ms would make a failing email take longer than the step deadline.
            ["Smtp__Resilience__BaseDelayMs"] = "100",
            // In production an email is tried again 30 min later and an operator retries after minutes, long
            // after a 15 s break; here both come seconds later, so the break is shortened to keep that order.
            ["Smtp__Resilience__BreakerBreakSeconds"] = "1",
            ["External__Carrier__Resilience__BreakerBreakSeconds"] = "1",
            // The carrier's breaker opens only when every call in the window failed (a carrier that is down),
            // not on the half-failing carrier the flaky-carrier spec sets up: with the default ratio of 0.5 it
            // opens on that one about half the time, and the labels in flight then fault to NeedsAttention
            // (the message retry, 600 ms here and 4.2 s by default, is shorter than any break).
            ["External__Carrier__Resilience__BreakerFailureRatio"] = "1.0",
        },
    });
