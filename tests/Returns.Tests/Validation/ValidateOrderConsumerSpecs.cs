using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Returns.Contracts;
using Returns.Contracts.Model;
using Returns.Contracts.Validation;
using Returns.Tests.Support;
using Returns.Validation;
using Returns.Validation.Orders;

namespace Returns.Tests.Validation;

public sealed class ValidateOrderConsumerSpecs : IAsyncLifetime
{
    private readonly StubHttpHandler ordersApi = new();
    private readonly Guid returnId = Guid.NewGuid();
    private ConsumerHarness bus = null!;

    public async Task InitializeAsync()
    {
        ordersApi.Respond(HttpMethod.Get, "/orders/ORD-1001", HttpStatusCode.OK, OrderDocuments.Ord1001);
        ordersApi.RespondProblem(HttpMethod.Get, "/orders/ORD-9999", HttpStatusCode.NotFound, "Order ORD-9999 does not exist");
        bus = await ConsumerHarness.StartAsync(
            b => b.AddValidationConsumers(),
            services => services.AddSingleton<IOrdersApi>(new OrdersApiClient(ordersApi.CreateClient())));
    }

    public async Task DisposeAsync() => await bus.DisposeAsync();

    [Fact]
    public async Task Publishes_OrderValidated_with_every_line_when_none_are_named()
    {
        await Validate("ORD-1001");

        var validated = await bus.PublishedAsync<OrderValidated>(m => m.ReturnId == returnId);
        var order = validated.Order;
        order.OrderNumber.ShouldBe("ORD-1001");
        order.Currency.ShouldBe("EUR");
        order.PurchasedAt.ShouldBe(new DateTimeOffset(2026, 11, 12, 10, 0, 0, TimeSpan.Zero));
        order.Customer.ShouldBe(new Customer("Ada Lovelace", "ada@example.test"));
        order.ShippingAddress.ShouldBe(new Address("12 St James's Square", null, "London", "SW1Y 4JH", "GB"));
        order.Lines.ShouldBe([
            new OrderLine("SKU-MUG", "Mug", 2, 12.50m, false),
            new OrderLine("SKU-TEE", "T-shirt", 1, 20.00m, false),
        ]);
    }

    [Fact]
    public async Task Publishes_OrderValidated_with_only_the_requested_lines_and_quantities()
    {
        await Validate("ORD-1001", new ReturnLine("SKU-MUG", 1));

        var validated = await bus.PublishedAsync<OrderValidated>(m => m.ReturnId == returnId);
        validated.Order.Lines.ShouldBe([new OrderLine("SKU-MUG", "Mug", 1, 12.50m, false)]);
    }

    [Fact]
    public async Task Matches_SKUs_regardless_of_case_and_keeps_the_orders_spelling()
    {
        await Validate("ORD-1001", new ReturnLine("sku-tee", 1));

        var validated = await bus.PublishedAsync<OrderValidated>(m => m.ReturnId == returnId);
        validated.Order.Lines.ShouldBe([new OrderLine("SKU-TEE", "T-shirt", 1, 20.00m, false)]);
    }

    [Fact]
    public async Task Adds_up_a_SKU_requested_twice()
    {
        await Validate("ORD-1001", new ReturnLine("SKU-MUG", 1), new ReturnLine("SKU-TEE", 1), new ReturnLine("SKU-MUG", 1));

        var validated = await bus.PublishedAsync<OrderValidated>(m => m.ReturnId == returnId);
        validated.Order.Lines.Select(l => (l.Sku, l.Quantity)).ShouldBe([("SKU-MUG", 2), ("SKU-TEE", 1)]);
    }

    [Fact]
    public async Task Refuses_a_SKU_requested_twice_when_the_sum_exceeds_the_order()
    {
        await Validate("ORD-1001", new ReturnLine("SKU-MUG", 2), new ReturnLine("SKU-MUG", 1));

        var failed = await bus.PublishedAsync<OrderValidationFailed>(m => m.ReturnId == returnId);
        failed.Reason.ShouldBe("SKU-MUG: 3 requested but only 2 ordered on ORD-1001");
    }

    [Fact]
    public async Task Publishes_OrderValidationFailed_for_an_unknown_order()
    {
        await Validate("ORD-9999");

        var failed = await bus.PublishedAsync<OrderValidationFailed>(m => m.ReturnId == returnId);
        failed.Reason.ShouldBe("Order ORD-9999 was not found");
        (await bus.AllPublished<OrderValidated>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Publishes_OrderValidationFailed_naming_a_SKU_that_is_not_on_the_order()
    {
        await Validate("ORD-1001", new ReturnLine("SKU-MUG", 1), new ReturnLine("SKU-LAMP", 1));

        var failed = await bus.PublishedAsync<OrderValidationFailed>(m => m.ReturnId == returnId);
        failed.Reason.ShouldBe("SKU-LAMP is not on order ORD-1001");
        (await bus.AllPublished<OrderValidated>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Publishes_OrderValidationFailed_naming_a_SKU_asked_for_more_times_than_ordered()
    {
        await Validate("ORD-1001", new ReturnLine("SKU-TEE", 2));

        var failed = await bus.PublishedAsync<OrderValidationFailed>(m => m.ReturnId == returnId);
        failed.Reason.ShouldBe("SKU-TEE: 2 requested but only 1 ordered on ORD-1001");
    }

    [Fact]
    public async Task Publishes_OrderValidationFailed_for_an_order_without_lines()
    {
        ordersApi.Respond(HttpMethod.Get, "/orders/ORD-0000", HttpStatusCode.OK, OrderDocuments.Ord0000WithoutLines);

        await Validate("ORD-0000");

        var failed = await bus.PublishedAsync<OrderValidationFailed>(m => m.ReturnId == returnId);
        failed.Reason.ShouldBe("Order ORD-0000 has no lines to return");
    }

    [Theory]
    [InlineData("", "SKU-MUG", 1, "has no order number")]
    [InlineData("ORD-1001", "SKU-MUG", 0, "quantity 0 of SKU-MUG")]
    [InlineData("ORD-1001", "SKU-MUG", -2, "quantity -2 of SKU-MUG")]
    [InlineData("ORD-1001", " ", 1, "a line without a SKU")]
    public async Task Faults_a_malformed_command_without_calling_the_Orders_API(string orderNumber, string sku, int quantity, string problem)
    {
        await Validate(orderNumber, new ReturnLine(sku, quantity));

        var fault = await bus.PublishedAsync<Fault<ValidateOrder>>(f => f.Message.ReturnId == returnId);
        fault.Exceptions.ShouldHaveSingleItem().Message.ShouldContain(problem);
        ordersApi.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Faults_a_command_with_an_empty_ReturnId()
    {
        await bus.SendAsync(ReturnQueues.ValidateOrder, new ValidateOrder(Guid.Empty, "ORD-1001", []));

        var fault = await bus.PublishedAsync<Fault<ValidateOrder>>();
        fault.Exceptions.ShouldHaveSingleItem().Message.ShouldContain("empty ReturnId");
    }

    [Fact]
    public async Task Lets_a_transient_failure_escape_so_the_message_is_retried_then_faulted()
    {
        ordersApi.RespondProblem(HttpMethod.Get, "/orders/ORD-5003", HttpStatusCode.ServiceUnavailable, "Orders API is down");

        await Validate("ORD-5003");

        var fault = await bus.PublishedAsync<Fault<ValidateOrder>>(f => f.Message.ReturnId == returnId);
        fault.Exceptions.ShouldHaveSingleItem().Message.ShouldContain("Orders API is down");
        ordersApi.CallsTo(HttpMethod.Get, "/orders/ORD-5003").ShouldBe(1 + ConsumerHarness.FastRetries.Length);
        (await bus.AllPublished<OrderValidationFailed>()).ShouldBeEmpty();
    }

    private Task Validate(string orderNumber, params ReturnLine[] lines) =>
        bus.SendAsync(ReturnQueues.ValidateOrder, new ValidateOrder(returnId, orderNumber, lines));
}
