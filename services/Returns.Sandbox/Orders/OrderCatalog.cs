namespace Returns.Sandbox.Orders;

/// <summary>The seeded orders, dated once from the moment the catalog is built (the sandbox's start).</summary>
public sealed class OrderCatalog
{
    private readonly Dictionary<string, Order> _orders;

    public OrderCatalog(TimeProvider time)
    {
        var now = time.GetUtcNow();
        // Whole seconds keep the dates readable in JSON; ages are unaffected.
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        _orders = OrderSeed.DatedFrom(now).ToDictionary(order => order.OrderNumber, StringComparer.OrdinalIgnoreCase);
    }

    public Order? Find(string orderNumber) => _orders.GetValueOrDefault(orderNumber);
}
