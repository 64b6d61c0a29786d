using System.Globalization;
using Returns.Contracts.Escalations;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;

namespace Returns.Notifications.Email;

/// <summary>The words of each customer email about a return (plain text).</summary>
public static class EmailComposer
{
    private const string Signature = "Kind regards,\r\nThe returns team";

    public static EmailContent Confirmation(SendReturnConfirmation message)
    {
        var lines = message.Lines.Select(line => $"  - {line.Quantity} x {line.Name} ({line.Sku})");
        return new EmailContent(
            $"Your return for order {message.OrderNumber}: label and next steps",
            Text(
                Greeting(message.Customer),
                "",
                $"we have registered your return for order {message.OrderNumber}. You are sending back:",
                "",
                string.Join("\r\n", lines),
                "",
                $"Print your return label: {message.LabelUrl}",
                $"Tracking number: {message.TrackingNumber}",
                "",
                $"Once the parcel is back with us we will refund {Money(message.RefundAmount, message.Currency)} to your original payment method.",
                "",
                Signature));
    }

    public static EmailContent Rejection(SendRejectionNotice message) => new(
        $"Your return for order {message.OrderNumber} could not be accepted",
        Text(
            Greeting(message.Customer),
            "",
            $"we are sorry, but we cannot accept the return for order {message.OrderNumber}.",
            $"Reason: {Reason(message.Reason)}",
            "",
            "If you think this is a mistake, reply to this email and we will look at it again.",
            "",
            Signature));

    public static EmailContent Cancellation(SendCancellationNotice message) => new(
        $"Your return for order {message.OrderNumber} has been cancelled",
        Text(
            Greeting(message.Customer),
            "",
            $"your return for order {message.OrderNumber} has been cancelled.",
            $"Reason: {Reason(message.Reason)}",
            "",
            "The return label we sent you is no longer valid; please do not send the parcel.",
            "",
            Signature));

    /// <summary>To the operations mailbox: a return waits for a person (or still does, or waited too long).</summary>
    public static EmailContent Escalation(SendEscalationNotice message)
    {
        var who = message.Kind == EscalationKind.Approval ? "a manager's approval" : "an operator";
        var subject = message.Notice switch
        {
            EscalationNotice.Reminder => $"Reminder: return for order {message.OrderNumber} still waits for {who}",
            EscalationNotice.Expired => $"Expired: return for order {message.OrderNumber} waited too long for {who}",
            _ => $"Return for order {message.OrderNumber} waits for {who}",
        };
        return new EmailContent(subject, Text(
            "Hello,",
            "",
            $"the return {message.ReturnId} for order {message.OrderNumber} waits for {who}.",
            $"Reason: {Reason(message.Reason)}",
            $"Waiting since: {message.OpenedAt.ToString("u", CultureInfo.InvariantCulture)}",
            $"Expires: {message.ExpiresAt.ToString("u", CultureInfo.InvariantCulture)}",
            $"Escalation: {message.EscalationId}",
            "",
            "Decide through the API (POST /returns/{id}/approve, /deny, /retry, /cancel or /resolve) or list the open ones with GET /escalations.",
            "",
            Signature));
    }

    private static string Greeting(Customer customer) =>
        string.IsNullOrWhiteSpace(customer.Name) ? "Hello," : $"Hello {customer.Name.Trim()},";

    private static string Reason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "not given" : reason.Trim();

    // Invariant culture: the amount must read the same whatever machine composes the mail.
    private static string Money(decimal amount, string currency) =>
        $"{amount.ToString("0.00", CultureInfo.InvariantCulture)} {currency}";

    private static string Text(params string[] lines) => string.Join("\r\n", lines);
}
