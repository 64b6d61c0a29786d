using Returns.Contracts;

namespace Returns.Orchestrator.StateMachines;

/// <summary>
/// What a ReturnRequested must satisfy before any step runs. The API checks the same on HTTP; this
/// catches messages published straight onto the bus (by hand from the RabbitMQ UI, or by another
/// system), which are then Rejected with the reason instead of travelling further.
/// </summary>
public static class ReturnRequestRules
{
    public const int MaxLines = 100;
    public const int MaxQuantity = 1000;
    public const int MaxOrderNumberLength = 64;
    public const int MaxReasonLength = 1000;

    /// <summary>Every problem with the request, or an empty list when it is fine.</summary>
    public static IReadOnlyList<string> Problems(ReturnRequested request)
    {
        var problems = new List<string>();
        if (request.ReturnId == Guid.Empty)
        {
            problems.Add("returnId is required");
        }

        if (string.IsNullOrWhiteSpace(request.OrderNumber))
        {
            problems.Add("orderNumber is required");
        }
        else if (request.OrderNumber.Length > MaxOrderNumberLength)
        {
            problems.Add($"orderNumber must be at most {MaxOrderNumberLength} characters");
        }

        if (request.Reason?.Length > MaxReasonLength)
        {
            problems.Add($"reason must be at most {MaxReasonLength} characters");
        }

        var lines = request.Lines ?? [];
        if (lines.Count > MaxLines)
        {
            problems.Add($"at most {MaxLines} lines can be returned at once");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is null || string.IsNullOrWhiteSpace(lines[i].Sku))
            {
                problems.Add($"lines[{i}].sku is required");
            }
            else if (lines[i].Quantity is < 1 or > MaxQuantity)
            {
                problems.Add($"lines[{i}].quantity must be between 1 and {MaxQuantity}");
            }
        }

        return problems;
    }
}
