using System.Diagnostics.Metrics;
using MassTransit;
using Returns.Orchestrator.StateMachines;
using MassTransit.Middleware.InMemoryOutbox;

namespace Returns.Orchestrator.Telemetry;

/// <summary>
/// The "Returns" meter: what happens to returns, counted where it happens (the saga's transitions), named
/// by OpenTelemetry's conventions (dotted lowercase, units in UCUM, durations in seconds, no "_total").
/// </summary>
public sealed class ReturnMetrics
{
    public const string MeterName = "Returns";

    // From a tenth of a second (a step on a quiet machine) to minutes (a step waiting out its retries).
    private static readonly double[] StepBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900];

    private readonly Counter<long> started;
    private readonly Counter<long> ended;
    private readonly Counter<long> escalationsOpened;
    private readonly Histogram<double> stepDuration;

    public ReturnMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        started = meter.CreateCounter<long>("returns.started", "{return}", "Returns the saga began (ReturnRequested accepted, valid or not).");
        ended = meter.CreateCounter<long>("returns.ended", "{return}",
            "Returns that reached a final state; returns.outcome is completed, rejected, cancelled or resolved.");
        escalationsOpened = meter.CreateCounter<long>("returns.escalations.opened", "{escalation}",
            "Returns that began waiting for a person; returns.escalation.kind is approval or attention.");
        stepDuration = meter.CreateHistogram("returns.step.duration", "s",
            "From the saga sending a step's command to taking its answer; returns.step names the step (its queue), returns.step.outcome is succeeded, refused or faulted.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = StepBuckets });
    }

    public void Started(BehaviorContext<ReturnState> context) =>
        AfterCommit(context, () => started.Add(1));

    public void Ended(BehaviorContext<ReturnState> context, string outcome) =>
        AfterCommit(context, () => ended.Add(1, new KeyValuePair<string, object?>("returns.outcome", outcome)));

    public void EscalationOpened(BehaviorContext<ReturnState> context, string kind) =>
        AfterCommit(context, () => escalationsOpened.Add(1, new KeyValuePair<string, object?>("returns.escalation.kind", kind)));

    public void StepAnswered(BehaviorContext<ReturnState> context, string step, string outcome, TimeSpan duration) =>
        AfterCommit(context, () => stepDuration.Record(
            Math.Max(0, duration.TotalSeconds),
            new KeyValuePair<string, object?>("returns.step", step),
            new KeyValuePair<string, object?>("returns.step.outcome", outcome)));

    /// <summary>
    /// Counts once the message's handling succeeded: the in-memory outbox (every endpoint has one) runs the
    /// action with the sends it releases and drops it with them when the attempt fails and is retried, so a
    /// transition rolled back by a version conflict is not counted twice.
    /// </summary>
    private static void AfterCommit(BehaviorContext<ReturnState> context, Action record)
    {
        if (context.TryGetPayload<OutboxContext>(out var outbox))
        {
            outbox.Add(() =>
            {
                record();
                return Task.CompletedTask;
            });
        }
        else
        {
            record();
        }
    }
}
