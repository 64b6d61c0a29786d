using RabbitMQ.Client;
using Returns.Contracts;
using Returns.Contracts.Decisions;
using Returns.Contracts.Eligibility;
using Returns.Contracts.Escalations;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Notifications;
using Returns.Contracts.Refunds;
using Returns.Contracts.Status;
using Returns.Contracts.Validation;
using static Returns.EndToEnd.Tests.Permissions.MassTransitTopology;

namespace Returns.EndToEnd.Tests.Permissions;

/// <summary>
/// Everything each service does on the broker, service by service, as MassTransit performs it: its receive
/// endpoints and their subscriptions, what it publishes and sends, the faults it may publish, its bus
/// endpoint. Read from the services' registrations and the contracts, independently of the definitions'
/// regexes, so a name missing from a regex (or misspelt) shows up as a refusal.
/// </summary>
public static class ServiceBusWork
{
    private static readonly string[] StepQueues =
    [
        ReturnQueues.ValidateOrder, ReturnQueues.CheckEligibility, ReturnQueues.CreateReturnLabel, ReturnQueues.VoidReturnLabel,
        ReturnQueues.SendReturnConfirmation, ReturnQueues.SendRejectionNotice, ReturnQueues.SendCancellationNotice,
        ReturnQueues.SendEscalationNotice, ReturnQueues.MarkItemsReturning, ReturnQueues.RevertReturningItems,
        ReturnQueues.ScheduleRefund, ReturnQueues.CancelRefund,
    ];

    private static readonly string[] Events =
    [
        Exchange<OrderValidated>(), Exchange<OrderValidationFailed>(),
        Exchange<ReturnEligible>(), Exchange<ReturnIneligible>(), Exchange<ReturnNeedsApproval>(),
        Exchange<ReturnLabelCreated>(), Exchange<ReturnLabelFailed>(), Exchange<ReturnLabelVoided>(), Exchange<ReturnLabelVoidFailed>(),
        Exchange<ReturnEmailSent>(), Exchange<ReturnEmailFailed>(),
        Exchange<ItemsMarkedReturning>(), Exchange<ItemsMarkingFailed>(), Exchange<ReturningItemsReverted>(), Exchange<ReturningItemsRevertFailed>(),
        Exchange<RefundScheduled>(), Exchange<RefundSchedulingFailed>(), Exchange<RefundCancelled>(), Exchange<RefundCancellationFailed>(),
    ];

    private static readonly string[] Decisions =
        [Exchange<ApproveReturn>(), Exchange<DenyReturn>(), Exchange<RetryReturnStep>(), Exchange<CancelReturn>(), Exchange<ResolveReturn>()];

    // The saga's own reminders, delivered by its durable scheduler (types of the orchestrator, not the contracts).
    private static readonly string[] Deadlines =
    [
        "Returns.Orchestrator.Deadlines:StepDeadlinePassed", "Returns.Orchestrator.Deadlines:RefundFallsDue",
        "Returns.Orchestrator.Deadlines:ConfirmationResendDue", "Returns.Orchestrator.Deadlines:EscalationReminderDue",
        "Returns.Orchestrator.Deadlines:EscalationExpired",
    ];

    /// <summary>The services by their user's suffix in the definitions.</summary>
    public static IEnumerable<object[]> Services() => For.Keys.Select(service => new object[] { service });

    /// <summary>What the service does, each with a description for a failure message.</summary>
    public static IReadOnlyList<(string What, Func<IChannel, Task> Operation)> Of(string service) => For[service]();

    private static readonly Dictionary<string, Func<List<(string, Func<IChannel, Task>)>>> For = new()
    {
        ["api"] = () =>
        [
            .. Endpoint(ReturnQueues.ReturnIntake), .. Endpoint(ReturnQueues.DecisionIntake),
            .. new[] { Exchange<ReturnRequested>(), Exchange<GetReturnStatus>(), Exchange<SearchReturns>(), Exchange<ListEscalations>() }
                .Concat(Decisions).Select(PublishOf),
            // The intake consumers' messages are the API's own types.
            FaultOf("Returns.Api.Returns:SubmitReturnRequest"), FaultOf("Returns.Api.Intake:DecisionIntake"), FaultOf(null),
            BusOf("Returns.Api"),
        ],
        ["orchestrator"] = () =>
        [
            .. Endpoint(ReturnQueues.Orchestrator,
                [
                    Exchange<ReturnRequested>(), .. Events, .. Decisions, Exchange<GetReturnStatus>(), .. Deadlines,
                    .. StepCommands().Select(command => $"MassTransit:Fault--{command}--"),
                ]),
            .. Endpoint(ReturnQueues.ReturnQueries, [Exchange<SearchReturns>(), Exchange<ListEscalations>()]),
            .. Endpoint("scheduler", ["MassTransit.Scheduling:ScheduleMessage", "MassTransit.Scheduling:CancelScheduledMessage"]),
            .. StepQueues.Select(queue => ($"send to queue:{queue}", Send(queue))),
            ("respond to the API's bus endpoint", Respond(BusEndpoint("Returns.Api"))),
            // The saga may fail on anything it consumes, a step's fault included.
            FaultOf(Exchange<ReturnLabelCreated>()), FaultOf(Exchange<ApproveReturn>()), FaultOf(Deadlines[0]),
            FaultOf($"MassTransit:Fault--{Exchange<CreateReturnLabel>()}--"), FaultOf(null),
            BusOf("Returns.Orchestrator"),
        ],
        ["validation"] = () => Step("Returns.Validation", [(ReturnQueues.ValidateOrder, Exchange<ValidateOrder>())],
            [Exchange<OrderValidated>(), Exchange<OrderValidationFailed>()]),
        ["eligibility"] = () => Step("Returns.Eligibility", [(ReturnQueues.CheckEligibility, Exchange<CheckEligibility>())],
            [Exchange<ReturnEligible>(), Exchange<ReturnIneligible>(), Exchange<ReturnNeedsApproval>()]),
        ["labels"] = () => Step("Returns.Labels",
            [(ReturnQueues.CreateReturnLabel, Exchange<CreateReturnLabel>()), (ReturnQueues.VoidReturnLabel, Exchange<VoidReturnLabel>())],
            [Exchange<ReturnLabelCreated>(), Exchange<ReturnLabelFailed>(), Exchange<ReturnLabelVoided>(), Exchange<ReturnLabelVoidFailed>()]),
        ["notifications"] = () => Step("Returns.Notifications",
            [
                (ReturnQueues.SendReturnConfirmation, Exchange<SendReturnConfirmation>()), (ReturnQueues.SendRejectionNotice, Exchange<SendRejectionNotice>()),
                (ReturnQueues.SendCancellationNotice, Exchange<SendCancellationNotice>()), (ReturnQueues.SendEscalationNotice, Exchange<SendEscalationNotice>()),
            ],
            [Exchange<ReturnEmailSent>(), Exchange<ReturnEmailFailed>()]),
        ["inventory"] = () => Step("Returns.Inventory",
            [(ReturnQueues.MarkItemsReturning, Exchange<MarkItemsReturning>()), (ReturnQueues.RevertReturningItems, Exchange<RevertReturningItems>())],
            [Exchange<ItemsMarkedReturning>(), Exchange<ItemsMarkingFailed>(), Exchange<ReturningItemsReverted>(), Exchange<ReturningItemsRevertFailed>()]),
        ["refunds"] = () => Step("Returns.Refunds",
            [(ReturnQueues.ScheduleRefund, Exchange<ScheduleRefund>()), (ReturnQueues.CancelRefund, Exchange<CancelRefund>())],
            [Exchange<RefundScheduled>(), Exchange<RefundSchedulingFailed>(), Exchange<RefundCancelled>(), Exchange<RefundCancellationFailed>()]),
    };

    private static IEnumerable<string> StepCommands() =>
    [
        Exchange<ValidateOrder>(), Exchange<CheckEligibility>(), Exchange<CreateReturnLabel>(), Exchange<VoidReturnLabel>(),
        Exchange<SendReturnConfirmation>(), Exchange<MarkItemsReturning>(), Exchange<RevertReturningItems>(),
        Exchange<ScheduleRefund>(), Exchange<CancelRefund>(),
    ];

    /// <summary>A step service: each command consumed on its queue, faulted when it fails; its events published.</summary>
    private static List<(string, Func<IChannel, Task>)> Step(string assembly, (string Queue, string Command)[] commands, string[] events) =>
    [
        .. commands.SelectMany(c => Endpoint(c.Queue, [c.Command])),
        .. events.Select(PublishOf),
        .. commands.Select(c => FaultOf(c.Command)), FaultOf(null),
        BusOf(assembly),
    ];

    private static IEnumerable<(string, Func<IChannel, Task>)> Endpoint(string queue, string[]? subscriptions = null) =>
        new[] { ($"receive endpoint {queue} (+ _error, _skipped)", ReceiveEndpoint(queue)) }
            .Concat((subscriptions ?? []).Select(message => ($"subscribe {queue} to {message}", Subscribe(queue, message))));

    private static (string, Func<IChannel, Task>) PublishOf(string message) => ($"publish {message}", Publish(message));

    private static (string, Func<IChannel, Task>) FaultOf(string? message) => ($"publish the fault of {message ?? "an unreadable message"}", PublishFault(message));

    private static (string, Func<IChannel, Task>) BusOf(string assembly)
    {
        var name = BusEndpoint(assembly);
        return ($"bus endpoint {name}", ReceiveEndpoint(name, temporary: true));
    }
}
