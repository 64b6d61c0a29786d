using MassTransit;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Orchestrator.StateMachines;

namespace Returns.Orchestrator.Telemetry;

/// <summary>Records returns.step.duration when the saga takes a step's answer (looked up in <see cref="StepAnswers"/> before the answer changes the state).</summary>
public sealed class StepTimingObserver(ReturnMetrics metrics, TimeProvider time) : IEventObserver<ReturnState>
{
    public Task PreExecute<T>(BehaviorContext<ReturnState, T> context)
        where T : class
    {
        // Only the confirmation answers the step; the other emails are notices with no one waiting.
        if (context.Message is ReturnEmailSent { Kind: not ReturnEmailKind.Confirmation } or ReturnEmailFailed { Kind: not ReturnEmailKind.Confirmation })
        {
            return Task.CompletedTask;
        }

        if (StepAnswers.Answered(context.Saga, context.Event.Name) is { } answer && StepAnswers.SentAt(context.Saga) is { } sentAt)
        {
            metrics.StepAnswered(context, answer.Step, answer.Outcome, time.GetUtcNow() - sentAt);
        }

        return Task.CompletedTask;
    }

    public Task PreExecute(BehaviorContext<ReturnState> context) => Task.CompletedTask;
    public Task PostExecute(BehaviorContext<ReturnState> context) => Task.CompletedTask;
    public Task PostExecute<T>(BehaviorContext<ReturnState, T> context) where T : class => Task.CompletedTask;
    public Task ExecuteFault(BehaviorContext<ReturnState> context, Exception exception) => Task.CompletedTask;
    public Task ExecuteFault<T>(BehaviorContext<ReturnState, T> context, Exception exception) where T : class => Task.CompletedTask;
}
