namespace Returns.Sandbox.Payments;

/// <summary>The body of <c>POST /payments/refunds</c>.</summary>
public sealed record CreateRefundRequest(string? OrderNumber, decimal? Amount, string? Currency, DateTimeOffset? DueAt)
{
    /// <summary>A request that cannot be read as a refund at all (400).</summary>
    public Dictionary<string, string[]> MalformedFields(string? idempotencyKey)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            errors["Idempotency-Key"] = ["The Idempotency-Key header is required."];
        }
        if (string.IsNullOrWhiteSpace(OrderNumber))
        {
            errors["orderNumber"] = ["orderNumber is required."];
        }
        if (DueAt is null)
        {
            errors["dueAt"] = ["dueAt is required."];
        }
        return errors;
    }

    /// <summary>A well-formed refund the payment provider will not make (422).</summary>
    public Dictionary<string, string[]> RefusedFields()
    {
        var errors = new Dictionary<string, string[]>();
        if (Amount is not > 0)
        {
            errors["amount"] = ["amount must be greater than 0."];
        }
        if (string.IsNullOrWhiteSpace(Currency))
        {
            errors["currency"] = ["currency is required."];
        }
        else if (Currency.Trim() is not { Length: 3 } code || !code.All(char.IsAsciiLetter))
        {
            errors["currency"] = ["currency must be a three-letter ISO 4217 code."];
        }
        return errors;
    }
}
