namespace Returns.Tests.Validation;

/// <summary>Orders API answers written as the sandbox contract shows them (camelCase JSON), not produced by our own types.</summary>
public static class OrderDocuments
{
    public const string Ord1001 = """
        {
          "orderNumber": "ORD-1001",
          "purchasedAt": "2026-11-12T10:00:00+00:00",
          "currency": "EUR",
          "customer": { "name": "Ada Lovelace", "email": "ada@example.test" },
          "shippingAddress": { "line1": "12 St James's Square", "line2": null, "city": "London", "postalCode": "SW1Y 4JH", "country": "GB" },
          "lines": [
            { "sku": "SKU-MUG", "name": "Mug", "quantity": 2, "unitPrice": 12.50, "finalSale": false },
            { "sku": "SKU-TEE", "name": "T-shirt", "quantity": 1, "unitPrice": 20.00, "finalSale": false }
          ]
        }
        """;

    public const string Ord0000WithoutLines = """
        {
          "orderNumber": "ORD-0000",
          "purchasedAt": "2026-11-12T10:00:00+00:00",
          "currency": "EUR",
          "customer": { "name": "Nobody", "email": "nobody@example.test" },
          "shippingAddress": { "line1": "1 Empty Street", "line2": null, "city": "London", "postalCode": "E1 1AA", "country": "GB" },
          "lines": []
        }
        """;
}
