using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Returns.Contracts.Inventory;
using Returns.Contracts.Model;
using Returns.Hosting.Messaging;
using Returns.Inventory.Data;
using Returns.Tests.Support;

namespace Returns.Tests.Inventory;

public sealed class MarkItemsReturningConsumerSpecs : IAsyncLifetime
{
    private InventoryHost inventory = null!;

    private ITestHarness Harness => inventory.Harness;

    public async Task InitializeAsync() => inventory = await InventoryHost.StartAsync();

    public async Task DisposeAsync() => await inventory.DisposeAsync();

    [Fact]
    public async Task Marks_every_line_and_publishes_the_unit_count()
    {
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(Mark(returnId));

        (await Harness.Published.Any<ItemsMarkedReturning>(x => x.Context.Message == new ItemsMarkedReturning(returnId, 3))).ShouldBeTrue();
        var rows = await inventory.RowsAsync(returnId);
        rows.Select(row => (row.Sku, row.Quantity, row.Status)).ShouldBe(
        [
            ("SKU-MUG", 2, ReturningItemStatus.Returning),
            ("SKU-TEE", 1, ReturningItemStatus.Returning),
        ]);
        rows.ShouldAllBe(row => row.RevertedAt == null);
    }

    [Fact]
    public async Task Marks_once_when_the_same_command_arrives_twice()
    {
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(Mark(returnId));
        (await Harness.Published.Any<ItemsMarkedReturning>(x => x.Context.Message.ReturnId == returnId)).ShouldBeTrue();
        await Harness.Bus.Publish(Mark(returnId));

        (await Harness.Published.SelectAsync<ItemsMarkedReturning>(x => x.Context.Message == new ItemsMarkedReturning(returnId, 3)).CountUpTo(2)).ShouldBe(2);
        (await inventory.RowsAsync(returnId)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Keeps_returns_apart()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        await Harness.Bus.Publish(Mark(first));
        await Harness.Bus.Publish(new MarkItemsReturning(second, "ORD-1002", [new ReturnLine("SKU-MUG", 5)]));

        (await Harness.Published.Any<ItemsMarkedReturning>(x => x.Context.Message == new ItemsMarkedReturning(second, 5))).ShouldBeTrue();
        (await Harness.Published.Any<ItemsMarkedReturning>(x => x.Context.Message == new ItemsMarkedReturning(first, 3))).ShouldBeTrue();
        (await inventory.RowsAsync(second)).ShouldHaveSingleItem().Quantity.ShouldBe(5);
    }

    [Theory]
    [InlineData("", 1, "no SKU")]
    [InlineData("  ", 1, "no SKU")]
    [InlineData("SKU-MUG", 0, "quantity 0")]
    [InlineData("SKU-MUG", -2, "quantity -2")]
    public async Task Faults_a_line_that_cannot_be_marked(string sku, int quantity, string reason)
    {
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(new MarkItemsReturning(returnId, "ORD-1001", [new ReturnLine("SKU-TEE", 1), new ReturnLine(sku, quantity)]));

        await ShouldFaultWith<BadMessageException>(returnId, reason);
        (await inventory.RowsAsync(returnId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Faults_a_command_without_lines()
    {
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(new MarkItemsReturning(returnId, "ORD-1001", []));

        await ShouldFaultWith<BadMessageException>(returnId, "no lines");
    }

    [Fact]
    public async Task Lets_a_database_error_escape_so_retry_and_the_saga_take_over()
    {
        await using (var drop = new SqliteCommand("DROP TABLE ReturningItems", inventory.Keeper))
        {
            await drop.ExecuteNonQueryAsync();
        }

        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(Mark(returnId));

        await ShouldFaultWith<SqliteException>(returnId, "no such table");
        (await Harness.NothingPublished<ItemsMarkedReturning>()).ShouldBeTrue();
    }

    private static MarkItemsReturning Mark(Guid returnId) =>
        new(returnId, "ORD-1001", [new ReturnLine("SKU-MUG", 2), new ReturnLine("SKU-TEE", 1)]);

    private async Task ShouldFaultWith<TException>(Guid returnId, string reason)
    {
        var fault = await Harness.Published.SelectAsync<Fault<MarkItemsReturning>>(x => x.Context.Message.Message.ReturnId == returnId).FirstOrDefault();
        fault.ShouldNotBeNull();
        var exception = fault.Context.Message.Exceptions.ShouldHaveSingleItem();
        exception.ExceptionType.ShouldBe(typeof(TException).FullName);
        exception.Message.ShouldContain(reason);
    }
}
