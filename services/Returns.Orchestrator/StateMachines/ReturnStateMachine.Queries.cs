using MassTransit;
using Returns.Contracts;
using Returns.Contracts.Model;
using Returns.Contracts.Status;

namespace Returns.Orchestrator.StateMachines;

public sealed partial class ReturnStateMachine
{
    private void DefineQueries() =>
        DuringAny(
            When(GetReturnStatus).RespondAsync(c => Task.FromResult(StatusOf(c.Saga))));

    private void DefineLateAndUnexpectedMessages()
    {
        // Notices and late confirmations arrive after the return has moved on: they belong on the
        // timeline, they change nothing else.
        During(EveryStateBut([NotifyingAndRestocking, .. AfterTheEmail]),
            When(ReturnEmailSent)
                .Then(c => c.Saga.Record(Now, nameof(ReturnEmailSent), $"{c.Message.Kind} email sent")),
            When(ReturnEmailFailed)
                .Then(c => c.Saga.Record(Now, nameof(ReturnEmailFailed), $"{c.Message.Kind} email failed: {c.Message.Reason}")));

        // Where the confirmation has handlers of its own (the join, its resends), other kinds are only recorded.
        During([NotifyingAndRestocking, .. AfterTheEmail],
            When(ReturnEmailSent, c => c.Message.Kind != ReturnEmailKind.Confirmation)
                .Then(c => c.Saga.Record(Now, nameof(ReturnEmailSent), $"{c.Message.Kind} email sent")),
            When(ReturnEmailFailed, c => c.Message.Kind != ReturnEmailKind.Confirmation)
                .Then(c => c.Saga.Record(Now, nameof(ReturnEmailFailed), $"{c.Message.Kind} email failed: {c.Message.Reason}")));

        // A second ReturnRequested for a known return: a retried submission, or a ReturnId reused for
        // something else. Either way it changes nothing; the timeline says which.
        During(EveryState,
            When(ReturnRequested)
                .Then(c => c.Saga.Record(Now, nameof(ReturnRequested), DuplicateRequest(c.Saga, c.Message))));

        // Duplicates (a redelivered reply, a second ReturnRequested with the same id) and replies
        // that arrive in a state that no longer expects them: recorded, never acted on twice.
        OnUnhandledEvent(c =>
        {
            c.Saga.Record(Now, c.Event.Name, $"Ignored: not expected in {c.CurrentState.Name}");
            return c.Ignore();
        });
    }

    private static string DuplicateRequest(ReturnState saga, ReturnRequested request)
    {
        var differences = new List<string>();
        if (!string.Equals(saga.OrderNumber, request.OrderNumber?.Trim(), StringComparison.Ordinal))
        {
            differences.Add($"order {request.OrderNumber} instead of {saga.OrderNumber}");
        }

        if (!string.Equals(saga.Reason, request.Reason?.Trim(), StringComparison.Ordinal))
        {
            differences.Add("another reason");
        }

        static string Lines(IEnumerable<ReturnLine?>? lines) => string.Join(";", (lines ?? [])
            .Where(l => l is not null)
            .Select(l => $"{l!.Sku.Trim().ToUpperInvariant()}x{l.Quantity}")
            .Order(StringComparer.Ordinal));
        if (Lines(saga.RequestedLines) != Lines(request.Lines))
        {
            differences.Add("other lines");
        }

        return differences.Count == 0
            ? "Duplicate request ignored (same content)"
            : $"Ignored: ReturnId reused with different content ({string.Join(", ", differences)})";
    }

    private ReturnStatus StatusOf(ReturnState saga) => new(
        saga.CorrelationId,
        saga.CurrentState,
        saga.OrderNumber,
        saga.Reason,
        saga.RequestedAt,
        saga.UpdatedAt,
        saga.StatusReason,
        saga.TrackingNumber,
        saga.RefundId,
        saga.RefundAmount ?? saga.Order?.RefundTotal(),
        saga.RefundDueAt,
        saga.EmailStatus,
        saga.Timeline.ToList(),
        ScheduledFor(saga));
}
