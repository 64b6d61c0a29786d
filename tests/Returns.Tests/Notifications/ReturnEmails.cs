using Returns.Contracts.Model;
using Returns.Contracts.Notifications;

namespace Returns.Tests.Notifications;

/// <summary>Commands as the saga would send them for ORD-1001.</summary>
public static class ReturnEmails
{
    public static SendReturnConfirmation Confirmation(Guid returnId, string? email = "ada@example.test") => new(
        returnId,
        "ORD-1001",
        new Customer("Ada Lovelace", email!),
        "1Z999AA10123456784",
        "http://127.0.0.1:5080/carrier/labels/LBL-1/pdf",
        [new OrderLine("SKU-MUG", "Mug", 2, 12.50m, false), new OrderLine("SKU-TEE", "T-shirt", 1, 20.00m, false)],
        45.00m,
        "EUR");

    public static SendRejectionNotice Rejection(Guid returnId, string? email = "ada@example.test") =>
        new(returnId, "ORD-3001", new Customer("Ada Lovelace", email!), "SKU-CLEARANCE is a final-sale item");

    public static SendCancellationNotice Cancellation(Guid returnId, string? email = "ada@example.test") =>
        new(returnId, "ORD-1001", new Customer("Ada Lovelace", email!), "Cancelled at the customer's request");
}
