using MassTransit;
using MassTransit.Testing;
using Returns.Contracts.Refunds;
using Returns.Hosting.Messaging;
using Returns.Tests.Support;

namespace Returns.Tests.Refunds;

public sealed class CancelRefundConsumerSpecs : IAsyncLifetime
{
    private RefundsHost refunds = null!;

    private ITestHarness Harness => refunds.Harness;

    private FakePaymentsHandler Payments => refunds.Payments;

    public async Task InitializeAsync() => refunds = await RefundsHost.StartAsync();

    public async Task DisposeAsync() => await refunds.DisposeAsync();

    [Fact]
    public async Task Cancels_the_refund_and_publishes_RefundCancelled()
    {
        var returnId = await ScheduledRefundAsync();

        await Harness.Bus.Publish(new CancelRefund(returnId, "RF-1"));

        (await Harness.Published.Any<RefundCancelled>(x => x.Context.Message == new RefundCancelled(returnId, "RF-1"))).ShouldBeTrue();
        Payments.Requests.Last().Path.ShouldBe("/payments/refunds/RF-1/cancel");
        Payments.Refunds.ShouldHaveSingleItem()["status"]!.GetValue<string>().ShouldBe("cancelled");
    }

    [Fact]
    public async Task Answers_RefundCancelled_again_when_the_command_arrives_twice()
    {
        var returnId = await ScheduledRefundAsync();

        await Harness.Bus.Publish(new CancelRefund(returnId, "RF-1"));
        (await Harness.Published.Any<RefundCancelled>()).ShouldBeTrue();
        await Harness.Bus.Publish(new CancelRefund(returnId, "RF-1"));

        (await Harness.Published.SelectAsync<RefundCancelled>(x => x.Context.Message.ReturnId == returnId).CountUpTo(2)).ShouldBe(2);
        (await Harness.NothingPublished<RefundCancellationFailed>()).ShouldBeTrue();
    }

    [Fact]
    public async Task Publishes_RefundCancellationFailed_with_the_problem_detail_for_an_unknown_refund()
    {
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(new CancelRefund(returnId, "RF-404"));

        (await Harness.Published.Any<RefundCancellationFailed>(x =>
            x.Context.Message == new RefundCancellationFailed(returnId, "RF-404", "Refund RF-404 is unknown."))).ShouldBeTrue();
        (await Harness.NothingPublished<Fault<CancelRefund>>()).ShouldBeTrue();
    }

    [Fact]
    public async Task Lets_a_lasting_outage_escape_so_message_retry_and_the_fault_take_over()
    {
        Payments.Failures = int.MaxValue;

        await Harness.Bus.Publish(new CancelRefund(Guid.NewGuid(), "RF-1"));

        (await Harness.Published.Any<Fault<CancelRefund>>()).ShouldBeTrue();
        Payments.Requests.Count.ShouldBe(1 + RefundsHost.MaxRetryAttempts);
        (await Harness.NothingPublished<RefundCancellationFailed>()).ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Faults_a_command_without_a_refund_id(string refundId)
    {
        await Harness.Bus.Publish(new CancelRefund(Guid.NewGuid(), refundId));

        var fault = await Harness.Published.SelectAsync<Fault<CancelRefund>>().FirstOrDefault();
        fault.ShouldNotBeNull();
        fault.Context.Message.Exceptions.ShouldHaveSingleItem().ExceptionType.ShouldBe(typeof(BadMessageException).FullName);
        Payments.Requests.ShouldBeEmpty();
    }

    private async Task<Guid> ScheduledRefundAsync()
    {
        var returnId = Guid.NewGuid();
        await Harness.Bus.Publish(new ScheduleRefund(returnId, "ORD-1001", 45.00m, "EUR", DateTimeOffset.UtcNow.AddDays(7)));
        (await Harness.Published.Any<RefundScheduled>(x => x.Context.Message.ReturnId == returnId)).ShouldBeTrue();
        return returnId;
    }
}
