using MassTransit;
using Returns.Contracts.Model;
using Returns.Orchestrator.Deadlines;

namespace Returns.Orchestrator.StateMachines;

/// <summary>
/// A failed confirmation email never holds a return up, but the customer still needs their label: it is
/// tried again later (Orchestrator:EmailResendAfter, up to EmailResendAttempts times) while the return goes on.
/// </summary>
public sealed partial class ReturnStateMachine
{
    public Schedule<ReturnState, ConfirmationResendDue> ConfirmationResend { get; private set; } = null!;

    /// <summary>The states after the email went out once in which it is still worth sending (not once the return is undone).</summary>
    private State[] AfterTheEmail => [RefundPending, SchedulingRefund, Completed];

    private void DeclareEmailResendSchedule() =>
        Reminder(() => ConfirmationResend, saga => saga.EmailResendTokenId, emailResendAfter);

    private void DefineEmailResends()
    {
        During([NotifyingAndRestocking, .. AfterTheEmail],
            When(ConfirmationResend.Received)
                .Then(c =>
                {
                    c.Saga.EmailResends++;
                    c.Saga.Record(Now, c.Event.Name, $"Confirmation email tried again ({c.Saga.EmailResends} of {emailResendAttempts})");
                })
                .Send(ConfirmationQueue, c => StepCommands.Confirmation(c.Saga)));

        During(AfterTheEmail,
            When(ReturnEmailSent, c => c.Message.Kind == ReturnEmailKind.Confirmation)
                .Then(c =>
                {
                    c.Saga.EmailStatus = "sent";
                    c.Saga.Record(Now, nameof(ReturnEmailSent), "Confirmation email sent");
                }),
            When(ReturnEmailFailed, c => c.Message.Kind == ReturnEmailKind.Confirmation)
                .Then(c => EmailFailed(c.Saga, nameof(ReturnEmailFailed), c.Message.Reason))
                .ThenResendConfirmationLater(this),
            When(SendReturnConfirmationFaulted)
                .Then(c => EmailFailed(c.Saga, nameof(SendReturnConfirmationFaulted), FaultReason(c.Message)))
                .ThenResendConfirmationLater(this));
    }

    /// <summary>Schedules the next try of the confirmation email while tries remain; says so on the timeline when none do.</summary>
    internal EventActivityBinder<ReturnState, T> ResendConfirmationLater<T>(EventActivityBinder<ReturnState, T> binder)
        where T : class =>
        binder.IfElse(c => c.Saga.EmailResends < emailResendAttempts,
            again => again
                .Then(c => c.Saga.EmailResendAt = Now + emailResendAfter)
                .Schedule(ConfirmationResend,
                    c => new ConfirmationResendDue(c.Saga.CorrelationId, c.Saga.EmailResends + 1),
                    c => c.Saga.EmailResendAt!.Value.UtcDateTime),
            done => done.Then(c => c.Saga.Record(Now, c.Event.Name, $"Confirmation email given up after {c.Saga.EmailResends} tries again")));
}
