namespace Returns.Contracts;

/// <summary>
/// What a ReturnRequested must satisfy before any step runs. The API answers 400 with these; the
/// saga rejects a message published straight onto the bus (by hand from the RabbitMQ UI, or by
/// another system) with the same reasons, so both doors keep one set of rules.
/// </summary>
public static class ReturnRequestRules
{
    public const int MaxLines = 100;
    public const int MaxQuantity = 1000;
    public const int MaxOrderNumberLength = 64;
    public const int MaxSkuLength = 64;
    public const int MaxReasonLength = 1000;

    /// <summary>One broken rule: the JSON field at fault and what is wrong with it.</summary>
    public sealed record Problem(string Field, string Message)
    {
        public override string ToString() => $"{Field}: {Message}";
    }

    /// <summary>Every problem with the request, or an empty list when it is fine.</summary>
    public static IReadOnlyList<Problem> Problems(ReturnRequested request)
    {
        var problems = new List<Problem>();
        if (request.ReturnId == Guid.Empty)
        {
            problems.Add(new("returnId", "is required"));
        }

        if (string.IsNullOrWhiteSpace(request.OrderNumber))
        {
            problems.Add(new("orderNumber", "is required"));
        }
        else if (request.OrderNumber.Length > MaxOrderNumberLength)
        {
            problems.Add(new("orderNumber", $"must be at most {MaxOrderNumberLength} characters"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            problems.Add(new("reason", "is required: say why the items come back"));
        }
        else if (request.Reason.Length > MaxReasonLength)
        {
            problems.Add(new("reason", $"must be at most {MaxReasonLength} characters"));
        }

        var lines = request.Lines ?? [];
        if (lines.Count > MaxLines)
        {
            problems.Add(new("lines", $"at most {MaxLines} lines can be returned at once"));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is null || string.IsNullOrWhiteSpace(line.Sku))
            {
                problems.Add(new($"lines[{i}].sku", "is required"));
            }
            else if (line.Sku.Length > MaxSkuLength)
            {
                problems.Add(new($"lines[{i}].sku", $"must be at most {MaxSkuLength} characters"));
            }

            if (line is not null && line.Quantity is < 1 or > MaxQuantity)
            {
                problems.Add(new($"lines[{i}].quantity", $"must be between 1 and {MaxQuantity}"));
            }
        }

        var repeated = lines.Where(l => !string.IsNullOrWhiteSpace(l?.Sku)).GroupBy(l => l.Sku, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1);
        foreach (var group in repeated)
        {
            problems.Add(new("lines", $"SKU {group.Key} is listed more than once; give it once with the total quantity"));
        }

        return problems;
    }
}
