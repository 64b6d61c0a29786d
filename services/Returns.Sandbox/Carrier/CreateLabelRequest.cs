using Returns.Sandbox.Orders;

namespace Returns.Sandbox.Carrier;

/// <summary>The body of <c>POST /carrier/labels</c>.</summary>
public sealed record CreateLabelRequest(string? OrderNumber, string? CustomerName, Address? From, int? ItemCount)
{
    // The JSON binder does not enforce the address's non-nullable fields, so they are checked here too.
    public Dictionary<string, string[]> Validate(string? idempotencyKey)
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
        if (string.IsNullOrWhiteSpace(CustomerName))
        {
            errors["customerName"] = ["customerName is required."];
        }
        if (From is null)
        {
            errors["from"] = ["from (the address the parcel leaves from) is required."];
        }
        else
        {
            Require(From.Line1, "from.line1");
            Require(From.City, "from.city");
            Require(From.PostalCode, "from.postalCode");
            Require(From.Country, "from.country");
        }
        if (ItemCount is not > 0)
        {
            errors["itemCount"] = ["itemCount must be at least 1."];
        }
        return errors;

        void Require(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [$"{field} is required."];
            }
        }
    }
}
