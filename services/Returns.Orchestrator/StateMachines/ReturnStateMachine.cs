using MassTransit;
using Microsoft.Extensions.Options;
using Returns.Contracts;
using Returns.Orchestrator.Escalations;
using Returns.Orchestrator.Telemetry;
using Returns.Orchestrator.Timeline;

namespace Returns.Orchestrator.StateMachines;

/// <summary>
/// Drives one return through validate → eligibility → label → (email ∥ inventory) → refund when due, with
/// compensation in reverse order and the two states that wait for a person. The behaviour is split
/// over partial files by concern: events, the forward path, compensation, human decisions, queries.
/// </summary>
public sealed partial class ReturnStateMachine : MassTransitStateMachine<ReturnState>
{
    private static readonly Uri ValidateOrderQueue = ReturnQueues.Address(ReturnQueues.ValidateOrder);
    private static readonly Uri CheckEligibilityQueue = ReturnQueues.Address(ReturnQueues.CheckEligibility);
    private static readonly Uri CreateLabelQueue = ReturnQueues.Address(ReturnQueues.CreateReturnLabel);
    private static readonly Uri VoidLabelQueue = ReturnQueues.Address(ReturnQueues.VoidReturnLabel);
    private static readonly Uri ConfirmationQueue = ReturnQueues.Address(ReturnQueues.SendReturnConfirmation);
    private static readonly Uri RejectionQueue = ReturnQueues.Address(ReturnQueues.SendRejectionNotice);
    private static readonly Uri CancellationQueue = ReturnQueues.Address(ReturnQueues.SendCancellationNotice);
    private static readonly Uri MarkItemsQueue = ReturnQueues.Address(ReturnQueues.MarkItemsReturning);
    private static readonly Uri RevertItemsQueue = ReturnQueues.Address(ReturnQueues.RevertReturningItems);
    private static readonly Uri ScheduleRefundQueue = ReturnQueues.Address(ReturnQueues.ScheduleRefund);
    private static readonly Uri CancelRefundQueue = ReturnQueues.Address(ReturnQueues.CancelRefund);

    private readonly TimeProvider time;
    private readonly TimeSpan refundDelay;
    private readonly TimeSpan stepTimeout;
    private readonly TimeSpan emailResendAfter;
    private readonly int emailResendAttempts;
    private readonly EscalationPolicy approvalEscalation;
    private readonly EscalationPolicy attentionEscalation;

    public ReturnStateMachine(IOptions<OrchestratorOptions> options, TimeProvider time, ReturnMetrics? metrics = null)
    {
        this.time = time;
        refundDelay = options.Value.RefundDelay;
        stepTimeout = options.Value.StepTimeout;
        emailResendAfter = options.Value.EmailResendAfter;
        emailResendAttempts = options.Value.EmailResendAttempts;
        approvalEscalation = options.Value.ApprovalEscalation;
        attentionEscalation = options.Value.AttentionEscalation;

        InstanceState(saga => saga.CurrentState);
        DeclareEvents();
        DeclareSchedules();
        DeclareEscalationSchedules();
        DeclareEmailResendSchedule();
        this.ConnectStateObserver(new TimelineObserver(time));
        if (metrics is not null)
        {
            this.ConnectStateObserver(new ReturnMetricsObserver(metrics));
            this.ConnectEventObserver(new StepTimingObserver(metrics, time));
        }

        DefineForwardPath();
        DefineCompensation();
        DefineDecisions();
        DefineDeadlines();
        DefineEscalations();
        DefineEmailResends();
        DefineQueries();
        DefineLateAndUnexpectedMessages();
    }

    public State Validating { get; private set; } = null!;
    public State CheckingEligibility { get; private set; } = null!;
    public State AwaitingApproval { get; private set; } = null!;
    public State CreatingLabel { get; private set; } = null!;
    public State NotifyingAndRestocking { get; private set; } = null!;
    public State RefundPending { get; private set; } = null!;
    public State SchedulingRefund { get; private set; } = null!;
    public State Completed { get; private set; } = null!;
    public State Rejected { get; private set; } = null!;
    public State Compensating { get; private set; } = null!;
    public State Cancelled { get; private set; } = null!;
    public State NeedsAttention { get; private set; } = null!;
    public State Resolved { get; private set; } = null!;

    private State[] EveryState =>
    [
        Validating, CheckingEligibility, AwaitingApproval, CreatingLabel, NotifyingAndRestocking,
        RefundPending, SchedulingRefund, Completed, Rejected, Compensating, Cancelled, NeedsAttention,
    ];

    private State[] EveryStateBut(params State[] excluded) => EveryState.Except(excluded).ToArray();

    private DateTimeOffset Now => time.GetUtcNow();

    private static string FaultReason<T>(Fault<T> fault) =>
        fault.Exceptions.FirstOrDefault()?.Message ?? "the step failed without saying why";
}
