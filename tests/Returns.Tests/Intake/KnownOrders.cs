using Returns.Contracts.Model;
using Returns.Validation.Orders;

namespace Returns.Tests.Intake;

/// <summary>The Orders API as the validation step sees it, with two orders: ORD-1001 (recent) and ORD-2001 (75 days old, needs approval).</summary>
public sealed class KnownOrders(TimeProvider time) : IOrdersApi
{
    public Task<OrderSnapshot?> FindOrderAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var age = orderNumber.ToUpperInvariant() switch
        {
            "ORD-1001" => 10,
            "ORD-2001" => 75,
            _ => (int?)null,
        };

        return Task.FromResult(age is null ? null : Order(orderNumber.ToUpperInvariant(), time.GetUtcNow().AddDays(-age.Value)));
    }

    private static OrderSnapshot? Order(string number, DateTimeOffset purchasedAt) => new(
        number,
        purchasedAt,
        "EUR",
        new Customer("Ada Lovelace", "ada@example.test"),
        new Address("12 St James's Square", null, "London", "SW1Y 4JH", "GB"),
        [new OrderLine("SKU-MUG", "Mug", 2, 12.50m, false), new OrderLine("SKU-TEE", "T-shirt", 1, 20.00m, false)]);
}
