using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Returns.Contracts;
using Returns.Contracts.Eligibility;
using Returns.Contracts.Model;
using Returns.Eligibility;
using Returns.Eligibility.Policy;
using Returns.Tests.Support;

namespace Returns.Tests.Eligibility;

public sealed class CheckEligibilityConsumerSpecs
{
    private static readonly DateTimeOffset PurchasedAt = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly OrderLine Mug = new("SKU-MUG", "Mug", 2, 12.50m, false);
    private static readonly OrderLine Clearance = new("SKU-CLEARANCE", "Clearance lamp", 1, 5.00m, true);
    private static readonly OrderLine Laptop = new("SKU-LAPTOP", "Laptop", 1, 1299.00m, false);

    private readonly Guid returnId = Guid.NewGuid();

    [Theory]
    [InlineData(0)]
    [InlineData(59)]
    [InlineData(60)]
    public async Task Publishes_ReturnEligible_up_to_and_including_day_60(int days)
    {
        await using var bus = await Start();

        await Check(bus, PurchasedAt.AddDays(days), Mug);

        var eligible = await bus.PublishedAsync<ReturnEligible>(m => m.ReturnId == returnId);
        eligible.Rule.ShouldBe("return-window");
        eligible.Details.ShouldBe($"Requested {days} days after purchase; within the 60-day window");
    }

    [Theory]
    [InlineData(60.5)]
    [InlineData(60.99)]
    public async Task Counts_a_part_day_as_the_day_it_is_in(double days)
    {
        await using var bus = await Start();

        await Check(bus, PurchasedAt.AddDays(days), Mug);

        var eligible = await bus.PublishedAsync<ReturnEligible>(m => m.ReturnId == returnId);
        eligible.Details.ShouldBe("Requested 60 days after purchase; within the 60-day window");
    }

    [Theory]
    [InlineData(61, 61)]
    [InlineData(75, 75)]
    [InlineData(75.9, 75)]
    public async Task Publishes_ReturnNeedsApproval_from_day_61(double elapsed, int day)
    {
        await using var bus = await Start();

        await Check(bus, PurchasedAt.AddDays(elapsed), Mug);

        var needsApproval = await bus.PublishedAsync<ReturnNeedsApproval>(m => m.ReturnId == returnId);
        needsApproval.Rule.ShouldBe("return-window");
        needsApproval.Reason.ShouldBe($"Requested {day} days after purchase; the window is 60 days");
        (await bus.AllPublished<ReturnEligible>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Starts_day_61_exactly_61_times_24_hours_after_purchase()
    {
        await using var bus = await Start();

        await Check(bus, PurchasedAt.AddDays(61).AddTicks(-1), Mug);

        (await bus.PublishedAsync<ReturnEligible>(m => m.ReturnId == returnId)).Details.ShouldStartWith("Requested 60 days");
    }

    [Fact]
    public async Task Publishes_ReturnIneligible_naming_the_final_sale_SKUs_even_inside_the_window()
    {
        await using var bus = await Start();

        await Check(bus, PurchasedAt.AddDays(3), Mug, Clearance);

        var ineligible = await bus.PublishedAsync<ReturnIneligible>(m => m.ReturnId == returnId);
        ineligible.Rule.ShouldBe("final-sale");
        ineligible.Reason.ShouldBe("Final-sale items cannot be returned: SKU-CLEARANCE");
        (await bus.AllPublished<ReturnEligible>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Lets_final_sale_decide_before_the_window()
    {
        await using var bus = await Start();

        await Check(bus, PurchasedAt.AddDays(90), Clearance);

        (await bus.PublishedAsync<ReturnIneligible>(m => m.ReturnId == returnId)).Rule.ShouldBe("final-sale");
        (await bus.AllPublished<ReturnNeedsApproval>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Applies_a_window_set_in_options()
    {
        await using var bus = await Start(services => services.Configure<ReturnPolicyOptions>(o => o.ReturnWindowDays = 30));

        await Check(bus, PurchasedAt.AddDays(31), Mug);

        var needsApproval = await bus.PublishedAsync<ReturnNeedsApproval>(m => m.ReturnId == returnId);
        needsApproval.Reason.ShouldBe("Requested 31 days after purchase; the window is 30 days");
    }

    [Fact]
    public async Task Asks_a_manager_for_a_refund_above_the_limit_even_inside_the_window()
    {
        await using var bus = await Start();

        await Check(bus, PurchasedAt.AddDays(3), Laptop);

        var needsApproval = await bus.PublishedAsync<ReturnNeedsApproval>(m => m.ReturnId == returnId);
        needsApproval.Rule.ShouldBe("refund-amount");
        needsApproval.Reason.ShouldBe("A refund of 1299.00 EUR is above the 500.00 a return may refund without a manager");
        (await bus.AllPublished<ReturnEligible>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Lets_a_refund_of_exactly_the_limit_through_reading_the_limit_from_options()
    {
        await using var bus = await Start(services => services.Configure<ReturnPolicyOptions>(o => o.ApprovalAboveAmount = 250m));

        await Check(bus, PurchasedAt.AddDays(3), Mug with { Quantity = 20 });

        (await bus.PublishedAsync<ReturnEligible>(m => m.ReturnId == returnId)).Rule.ShouldBe("return-window");
    }

    [Fact]
    public async Task Asks_a_manager_one_cent_above_the_limit_set_in_options()
    {
        await using var bus = await Start(services => services.Configure<ReturnPolicyOptions>(o => o.ApprovalAboveAmount = 249.99m));

        await Check(bus, PurchasedAt.AddDays(3), Mug with { Quantity = 20 });

        (await bus.PublishedAsync<ReturnNeedsApproval>(m => m.ReturnId == returnId)).Reason.ShouldContain("above the 249.99");
    }

    [Fact]
    public async Task Faults_a_command_requested_before_the_purchase()
    {
        await using var bus = await Start();

        await Check(bus, PurchasedAt.AddMinutes(-1), Mug);

        var fault = await bus.PublishedAsync<Fault<CheckEligibility>>(f => f.Message.ReturnId == returnId);
        fault.Exceptions.ShouldHaveSingleItem().Message.ShouldContain("before the purchase");
        (await bus.AllPublished<ReturnEligible>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Faults_a_command_without_order_lines()
    {
        await using var bus = await Start();

        await Check(bus, PurchasedAt.AddDays(1));

        var fault = await bus.PublishedAsync<Fault<CheckEligibility>>(f => f.Message.ReturnId == returnId);
        fault.Exceptions.ShouldHaveSingleItem().Message.ShouldContain("no order lines");
    }

    [Fact]
    public async Task Faults_a_command_with_an_empty_ReturnId()
    {
        await using var bus = await Start();

        await bus.SendAsync(ReturnQueues.CheckEligibility, new CheckEligibility(Guid.Empty, Order([Mug]), PurchasedAt.AddDays(1)));

        var fault = await bus.PublishedAsync<Fault<CheckEligibility>>();
        fault.Exceptions.ShouldHaveSingleItem().Message.ShouldContain("empty ReturnId");
    }

    private static Task<ConsumerHarness> Start(Action<IServiceCollection>? services = null) =>
        ConsumerHarness.StartAsync(b => b.AddEligibilityConsumers(), services);

    private Task Check(ConsumerHarness bus, DateTimeOffset requestedAt, params OrderLine[] lines) =>
        bus.SendAsync(ReturnQueues.CheckEligibility, new CheckEligibility(returnId, Order(lines), requestedAt));

    private static OrderSnapshot Order(IReadOnlyList<OrderLine> lines) => new(
        "ORD-1001",
        PurchasedAt,
        "EUR",
        new Customer("Ada Lovelace", "ada@example.test"),
        new Address("1 Main Street", null, "London", "N1 1AA", "GB"),
        lines);
}
