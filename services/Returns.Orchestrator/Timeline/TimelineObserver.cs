using MassTransit;
using Returns.Contracts.Model;
using Returns.Orchestrator.StateMachines;

namespace Returns.Orchestrator.Timeline;

/// <summary>
/// Appends a timeline entry for every state change, so no transition can be forgotten by a
/// hand-written activity. Details and actor come from the note the activity left on the saga.
/// </summary>
public sealed class TimelineObserver(TimeProvider time) : IStateObserver<ReturnState>
{
    public Task StateChanged(BehaviorContext<ReturnState> context, State currentState, State previousState)
    {
        // The saga passes through Initial on creation; that is not a transition anyone needs to read.
        if (previousState is null)
        {
            return Task.CompletedTask;
        }

        var saga = context.Saga;
        var now = time.GetUtcNow();
        saga.Timeline.Add(new TimelineEntry(now, previousState.Name, currentState.Name, context.Event.Name, saga.PendingActor, saga.PendingNote));
        saga.UpdatedAt = now;
        saga.PendingNote = null;
        saga.PendingActor = null;
        return Task.CompletedTask;
    }
}
