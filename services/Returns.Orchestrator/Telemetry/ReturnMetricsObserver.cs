using MassTransit;
using Returns.Orchestrator.StateMachines;

namespace Returns.Orchestrator.Telemetry;

/// <summary>Counts the transitions that matter to operations: a return begun, ended, or waiting for a person.</summary>
public sealed class ReturnMetricsObserver(ReturnMetrics metrics) : IStateObserver<ReturnState>
{
    public Task StateChanged(BehaviorContext<ReturnState> context, State currentState, State previousState)
    {
        if (previousState is null)
        {
            return Task.CompletedTask;
        }

        if (previousState.Name == "Initial")
        {
            metrics.Started(context);
        }

        switch (currentState.Name)
        {
            case "Completed" or "Rejected" or "Cancelled" or "Resolved":
                metrics.Ended(context, currentState.Name.ToLowerInvariant());
                break;
            case "AwaitingApproval":
                metrics.EscalationOpened(context, "approval");
                break;
            case "NeedsAttention":
                metrics.EscalationOpened(context, "attention");
                break;
        }

        return Task.CompletedTask;
    }
}
