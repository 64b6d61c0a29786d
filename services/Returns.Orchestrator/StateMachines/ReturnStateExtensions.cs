using Returns.Contracts.Model;

namespace Returns.Orchestrator.StateMachines;

/// <summary>Small queries and updates on the saga state that the state machine's activities share.</summary>
public static class ReturnStateExtensions
{
    /// <summary>Leaves details (and who acted) for the timeline entry of the next transition.</summary>
    public static void Note(this ReturnState saga, string? details, string? actor = null)
    {
        saga.PendingNote = details;
        saga.PendingActor = actor;
    }

    /// <summary>Appends a timeline entry for something that happened without a change of state.</summary>
    public static void Record(this ReturnState saga, DateTimeOffset at, string @event, string? details, string? actor = null)
    {
        saga.Timeline.Add(new TimelineEntry(at, saga.CurrentState, saga.CurrentState, @event, actor, details));
        saga.UpdatedAt = at;
    }

    /// <summary>Email and inventory run side by side; the refund waits for both.</summary>
    public static bool LabelFollowUpsDone(this ReturnState saga) => saga.ItemsMarked && saga.EmailStatus is not null;

    /// <summary>The compensation to run next: the undo of the last completed step, or null when nothing is left.</summary>
    public static string? NextCompensation(this ReturnState saga) =>
        saga.CompletedSteps.Count == 0 ? null : ReturnSteps.CompensationOf(saga.CompletedSteps[^1]);

    public static void MarkCompleted(this ReturnState saga, string step)
    {
        if (!saga.CompletedSteps.Contains(step))
        {
            saga.CompletedSteps.Add(step);
        }
    }

    public static decimal RefundTotal(this OrderSnapshot order) => order.Lines.Sum(line => line.UnitPrice * line.Quantity);
}
