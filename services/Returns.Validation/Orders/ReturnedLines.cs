using Returns.Contracts.Model;

namespace Returns.Validation.Orders;

/// <summary>Works out which order lines, and how many of each, a return covers; or why it cannot.</summary>
public static class ReturnedLines
{
    /// <summary>
    /// No requested lines means the whole order. Otherwise quantities of a SKU requested more than
    /// once are added up, and every SKU must be on the order with at least that many ordered.
    /// The result keeps the order's own line order, names and prices.
    /// </summary>
    public static bool TrySelect(
        OrderSnapshot order,
        IReadOnlyList<ReturnLine> requested,
        out IReadOnlyList<OrderLine> lines,
        out string problem)
    {
        lines = [];
        problem = string.Empty;
        if (order.Lines.Count == 0)
        {
            problem = $"Order {order.OrderNumber} has no lines to return";
            return false;
        }

        if (requested.Count == 0)
        {
            lines = order.Lines;
            return true;
        }

        var wanted = requested
            .GroupBy(line => line.Sku.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Sum(line => line.Quantity), StringComparer.OrdinalIgnoreCase);

        var problems = new List<string>();
        foreach (var (sku, quantity) in wanted)
        {
            var ordered = order.Lines.Where(line => Same(line.Sku, sku)).Sum(line => line.Quantity);
            if (ordered == 0)
            {
                problems.Add($"{sku} is not on order {order.OrderNumber}");
            }
            else if (quantity > ordered)
            {
                problems.Add($"{sku}: {quantity} requested but only {ordered} ordered on {order.OrderNumber}");
            }
        }

        if (problems.Count > 0)
        {
            problem = string.Join("; ", problems);
            return false;
        }

        lines = Allocate(order.Lines, wanted);
        return true;
    }

    // An order may carry the same SKU on more than one line; fill the return from them in order.
    private static List<OrderLine> Allocate(IReadOnlyList<OrderLine> orderLines, Dictionary<string, int> wanted)
    {
        var remaining = new Dictionary<string, int>(wanted, StringComparer.OrdinalIgnoreCase);
        var selected = new List<OrderLine>();
        foreach (var line in orderLines)
        {
            if (!remaining.TryGetValue(line.Sku, out var left) || left == 0)
            {
                continue;
            }

            var take = Math.Min(left, line.Quantity);
            selected.Add(line with { Quantity = take });
            remaining[line.Sku] = left - take;
        }

        return selected;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
