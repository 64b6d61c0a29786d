namespace Returns.Sandbox.Orders;

/// <summary>The known orders, one per demo path, dated back from a given moment.</summary>
public static class OrderSeed
{
    public static IReadOnlyList<Order> DatedFrom(DateTimeOffset now) =>
    [
        // The happy path: in window, ordinary lines, refund of 45.00.
        new("ORD-1001", now.AddDays(-10), "EUR",
            new Customer("Ada Lovelace", "ada@example.test"),
            new Address("12 St James's Square", null, "London", "SW1Y 4JH", "GB"),
            [
                new OrderLine("SKU-MUG", "Mug", 2, 12.50m, FinalSale: false),
                new OrderLine("SKU-TEE", "T-shirt", 1, 20.00m, FinalSale: false),
            ]),
        // Exactly on the 60-day boundary: still in window.
        new("ORD-1002", now.AddDays(-60), "EUR",
            new Customer("Grace Hopper", "grace@example.test"),
            new Address("7 Harbour Lane", "Flat 2", "Dublin", "D02 X285", "IE"),
            [new OrderLine("SKU-CAP", "Cap", 1, 15.00m, FinalSale: false)]),
        // Demos set the payments API to refuse this one.
        new("ORD-1003", now.AddDays(-5), "EUR",
            new Customer("Alan Turing", "alan@example.test"),
            new Address("3 Bletchley Road", null, "Milton Keynes", "MK3 6EB", "GB"),
            [new OrderLine("SKU-SCARF", "Scarf", 1, 24.00m, FinalSale: false)]),
        // Past the window: needs a manager's approval.
        new("ORD-2001", now.AddDays(-75), "EUR",
            new Customer("Katherine Johnson", "katherine@example.test"),
            new Address("41 Keizersgracht", null, "Amsterdam", "1015 CR", "NL"),
            [new OrderLine("SKU-LAMP", "Desk lamp", 1, 89.00m, FinalSale: false)]),
        // Holds a final-sale line: ineligible.
        new("ORD-3001", now.AddDays(-3), "EUR",
            new Customer("Edsger Dijkstra", "edsger@example.test"),
            new Address("18 Rue des Écoles", null, "Paris", "75005", "FR"),
            [
                new OrderLine("SKU-BOOK", "Notebook", 1, 18.00m, FinalSale: false),
                new OrderLine("SKU-CLEARANCE", "Clearance jacket", 1, 30.00m, FinalSale: true),
            ]),
        // Recent, but the refund (1,299.00) is above what a return may refund without a manager.
        new("ORD-4001", now.AddDays(-4), "EUR",
            new Customer("Barbara Liskov", "barbara@example.test"),
            new Address("5 Tech Square", null, "Cambridge", "02139", "US"),
            [new OrderLine("SKU-LAPTOP", "Laptop", 1, 1299.00m, FinalSale: false)]),
    ];
}
