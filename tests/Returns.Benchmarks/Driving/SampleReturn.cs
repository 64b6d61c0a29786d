using Returns.Contracts;
using Returns.Contracts.Eligibility;
using Returns.Contracts.Inventory;
using Returns.Contracts.Labels;
using Returns.Contracts.Model;
using Returns.Contracts.Notifications;
using Returns.Contracts.Validation;

namespace Returns.Benchmarks.Driving;

/// <summary>The request and the step replies of one ordinary return (ORD-1001, two lines), as the saga specs build them.</summary>
public static class SampleReturn
{
    public static readonly OrderSnapshot Order = new(
        "ORD-1001",
        new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.Zero),
        "EUR",
        new Customer("Ada Lovelace", "ada@example.test"),
        new Address("12 St James's Square", null, "London", "SW1Y 4JH", "GB"),
        [new OrderLine("SKU-MUG", "Mug", 2, 12.50m, false), new OrderLine("SKU-TEE", "T-shirt", 1, 20.00m, false)]);

    /// <summary>The saga messages one return takes to get past the join: the request and five replies.</summary>
    public const int SagaMessagesPerReturn = 6;

    public static ReturnRequested Requested(Guid returnId) => new(returnId, Order.OrderNumber, [], "Too small", DateTimeOffset.UtcNow);

    public static OrderValidated Validated(ValidateOrder command) => new(command.ReturnId, Order);

    public static ReturnEligible Eligible(CheckEligibility command) =>
        new(command.ReturnId, "return-window", "Requested 10 days after purchase");

    public static ReturnLabelCreated LabelCreated(CreateReturnLabel command) =>
        new(command.ReturnId, $"LBL-{command.ReturnId:N}", "1Z999", $"http://carrier.test/{command.ReturnId:N}.pdf", DateTimeOffset.UtcNow);

    public static ReturnEmailSent EmailSent(SendReturnConfirmation command) =>
        new(command.ReturnId, ReturnEmailKind.Confirmation, command.Customer.Email);

    public static ItemsMarkedReturning ItemsMarked(MarkItemsReturning command) =>
        new(command.ReturnId, command.Lines.Sum(line => line.Quantity));
}
