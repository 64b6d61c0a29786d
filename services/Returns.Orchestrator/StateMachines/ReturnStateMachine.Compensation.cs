using MassTransit;

namespace Returns.Orchestrator.StateMachines;

public sealed partial class ReturnStateMachine
{
    private void DefineCompensation()
    {
        During(Compensating,
            When(ReturnLabelVoided)
                .ThenCompensated(this, ReturnSteps.Label, c => $"Label {c.Message.LabelId} voided"),
            When(ReturningItemsReverted)
                .ThenCompensated(this, ReturnSteps.Inventory, c => $"{c.Message.Units} unit(s) no longer marked as returning"),
            When(RefundCancelled)
                .ThenCompensated(this, ReturnSteps.Refund, c => $"Refund {c.Message.RefundId} cancelled"),
            When(ReturnLabelVoidFailed)
                .Then(c => NeedAttention(c.Saga, ReturnSteps.VoidLabel, c.Message.Reason))
                .TransitionTo(NeedsAttention),
            When(VoidReturnLabelFaulted)
                .Then(c => NeedAttention(c.Saga, ReturnSteps.VoidLabel, FaultReason(c.Message)))
                .TransitionTo(NeedsAttention),
            When(ReturningItemsRevertFailed)
                .Then(c => NeedAttention(c.Saga, ReturnSteps.RevertInventory, c.Message.Reason))
                .TransitionTo(NeedsAttention),
            When(RevertReturningItemsFaulted)
                .Then(c => NeedAttention(c.Saga, ReturnSteps.RevertInventory, FaultReason(c.Message)))
                .TransitionTo(NeedsAttention),
            When(RefundCancellationFailed)
                .Then(c => NeedAttention(c.Saga, ReturnSteps.CancelRefund, c.Message.Reason))
                .TransitionTo(NeedsAttention),
            When(CancelRefundFaulted)
                .Then(c => NeedAttention(c.Saga, ReturnSteps.CancelRefund, FaultReason(c.Message)))
                .TransitionTo(NeedsAttention));
    }

    /// <summary>
    /// Sends the undo of the last completed step and waits in Compensating (with a deadline); with nothing left to
    /// undo, tells the customer (when we know who they are) and ends in Cancelled.
    /// </summary>
    internal EventActivityBinder<ReturnState, T> CompensateNext<T>(EventActivityBinder<ReturnState, T> binder)
        where T : class =>
        binder
            .ThenSendNextCompensation(this)
            .IfElse(c => c.Saga.NextCompensation() is null,
                done => done
                    .If(c => c.Saga.Order is not null, b => b.Send(CancellationQueue, c => StepCommands.Cancellation(c.Saga)))
                    .Then(c =>
                    {
                        c.Saga.StatusReason = c.Saga.CancellationReason;
                        // Keeps the actor of a cancel that had nothing left to undo on the Cancelled entry.
                        c.Saga.Note(c.Saga.StatusReason, c.Saga.PendingActor);
                    })
                    .TransitionTo(Cancelled),
                pending => pending
                    .ThenAwaitAnswer(this, saga => saga.NextCompensation()!)
                    .TransitionTo(Compensating));

    /// <summary>Sends the undo of the last completed step, if any is left.</summary>
    internal EventActivityBinder<ReturnState, T> SendNextCompensation<T>(EventActivityBinder<ReturnState, T> binder)
        where T : class =>
        binder
            .If(c => c.Saga.NextCompensation() == ReturnSteps.CancelRefund,
                b => b.Send(CancelRefundQueue, c => StepCommands.CancelRefund(c.Saga)))
            .If(c => c.Saga.NextCompensation() == ReturnSteps.RevertInventory,
                b => b.Send(RevertItemsQueue, c => StepCommands.RevertItems(c.Saga)))
            .If(c => c.Saga.NextCompensation() == ReturnSteps.VoidLabel,
                b => b.Send(VoidLabelQueue, c => StepCommands.VoidLabel(c.Saga)));

    /// <summary>
    /// Records that the compensation of <paramref name="step"/> succeeded and moves on to the next.
    /// A confirmation for anything but the compensation in progress is recorded and changes nothing.
    /// </summary>
    internal EventActivityBinder<ReturnState, T> Compensated<T>(
        EventActivityBinder<ReturnState, T> binder, string step, Func<BehaviorContext<ReturnState, T>, string> details)
        where T : class =>
        binder.IfElse(c => c.Saga.CompletedSteps.Count > 0 && c.Saga.CompletedSteps[^1] == step,
            expected => expected
                .Then(c =>
                {
                    c.Saga.CompletedSteps.RemoveAt(c.Saga.CompletedSteps.Count - 1);
                    c.Saga.Record(Now, c.Event.Name, details(c));
                })
                .ThenCompensateNext(this),
            unexpected => unexpected
                .Then(c => c.Saga.Record(Now, c.Event.Name, $"Ignored: {ReturnSteps.CompensationOf(step)} was not the compensation in progress")));

    private static void BeginCompensation(ReturnState saga, string reason)
    {
        saga.StatusReason = reason;
        saga.CancellationReason = reason;
        saga.FailedStep = null;
        saga.Note(reason);
    }
}
