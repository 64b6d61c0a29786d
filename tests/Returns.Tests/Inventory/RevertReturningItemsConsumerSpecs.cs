using MassTransit;
using MassTransit.Testing;
using Returns.Contracts.Inventory;
using Returns.Contracts.Model;
using Returns.Hosting.Messaging;
using Returns.Inventory.Data;
using Returns.Tests.Support;

namespace Returns.Tests.Inventory;

public sealed class RevertReturningItemsConsumerSpecs : IAsyncLifetime
{
    private InventoryHost inventory = null!;

    private ITestHarness Harness => inventory.Harness;

    public async Task InitializeAsync() => inventory = await InventoryHost.StartAsync();

    public async Task DisposeAsync() => await inventory.DisposeAsync();

    [Fact]
    public async Task Reverts_the_marked_rows_and_publishes_the_units_taken_back()
    {
        var returnId = await MarkedReturnAsync();

        await Harness.Bus.Publish(new RevertReturningItems(returnId));

        (await Harness.Published.Any<ReturningItemsReverted>(x => x.Context.Message == new ReturningItemsReverted(returnId, 3))).ShouldBeTrue();
        var rows = await inventory.RowsAsync(returnId);
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(row => row.Status == ReturningItemStatus.Reverted && row.RevertedAt != null);
    }

    [Fact]
    public async Task Reverts_once_when_the_same_command_arrives_twice()
    {
        var returnId = await MarkedReturnAsync();

        await Harness.Bus.Publish(new RevertReturningItems(returnId));
        (await Harness.Published.Any<ReturningItemsReverted>(x => x.Context.Message.Units == 3)).ShouldBeTrue();
        var revertedAt = (await inventory.RowsAsync(returnId)).Select(row => row.RevertedAt).ToList();
        await Harness.Bus.Publish(new RevertReturningItems(returnId));

        (await Harness.Published.Any<ReturningItemsReverted>(x => x.Context.Message == new ReturningItemsReverted(returnId, 0))).ShouldBeTrue();
        (await inventory.RowsAsync(returnId)).Select(row => row.RevertedAt).ShouldBe(revertedAt);
    }

    [Fact]
    public async Task Answers_0_units_for_a_return_that_was_never_marked()
    {
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(new RevertReturningItems(returnId));

        (await Harness.Published.Any<ReturningItemsReverted>(x => x.Context.Message == new ReturningItemsReverted(returnId, 0))).ShouldBeTrue();
        (await inventory.RowsAsync(returnId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Faults_a_command_without_a_return_id()
    {
        await Harness.Bus.Publish(new RevertReturningItems(Guid.Empty));

        var fault = await Harness.Published.SelectAsync<Fault<RevertReturningItems>>().FirstOrDefault();
        fault.ShouldNotBeNull();
        fault.Context.Message.Exceptions.ShouldHaveSingleItem().ExceptionType.ShouldBe(typeof(BadMessageException).FullName);
    }

    private async Task<Guid> MarkedReturnAsync()
    {
        var returnId = Guid.NewGuid();
        await Harness.Bus.Publish(new MarkItemsReturning(returnId, "ORD-1001", [new ReturnLine("SKU-MUG", 2), new ReturnLine("SKU-TEE", 1)]));
        (await Harness.Published.Any<ItemsMarkedReturning>(x => x.Context.Message.ReturnId == returnId)).ShouldBeTrue();
        return returnId;
    }
}
