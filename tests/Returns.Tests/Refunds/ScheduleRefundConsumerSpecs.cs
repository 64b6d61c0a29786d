using System.Text.Json;
using MassTransit;
using MassTransit.Testing;
using Returns.Contracts.Refunds;
using Returns.Hosting.Messaging;
using Returns.Tests.Support;

namespace Returns.Tests.Refunds;

public sealed class ScheduleRefundConsumerSpecs : IAsyncLifetime
{
    private static readonly DateTimeOffset DueAt = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private RefundsHost refunds = null!;

    private ITestHarness Harness => refunds.Harness;

    private FakePaymentsHandler Payments => refunds.Payments;

    public async Task InitializeAsync() => refunds = await RefundsHost.StartAsync();

    public async Task DisposeAsync() => await refunds.DisposeAsync();

    [Fact]
    public async Task Schedules_the_refund_keyed_by_the_return_and_publishes_RefundScheduled()
    {
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(Schedule(returnId));

        (await Harness.Published.Any<RefundScheduled>(x =>
            x.Context.Message == new RefundScheduled(returnId, "RF-1", 45.00m, "EUR", DueAt))).ShouldBeTrue();
        var request = Payments.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe(HttpMethod.Post);
        request.Path.ShouldBe("/payments/refunds");
        request.IdempotencyKey.ShouldBe(returnId.ToString());
        using var body = JsonDocument.Parse(request.Body!);
        body.RootElement.GetProperty("orderNumber").GetString().ShouldBe("ORD-1001");
        body.RootElement.GetProperty("amount").GetDecimal().ShouldBe(45.00m);
        body.RootElement.GetProperty("currency").GetString().ShouldBe("EUR");
        body.RootElement.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(DueAt);
    }

    [Fact]
    public async Task Asks_again_with_the_same_key_and_gets_the_same_refund_when_the_command_arrives_twice()
    {
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(Schedule(returnId));
        (await Harness.Published.Any<RefundScheduled>(x => x.Context.Message.ReturnId == returnId)).ShouldBeTrue();
        await Harness.Bus.Publish(Schedule(returnId));

        (await Harness.Published.SelectAsync<RefundScheduled>(x => x.Context.Message.RefundId == "RF-1").CountUpTo(2)).ShouldBe(2);
        Payments.Requests.Select(request => request.IdempotencyKey).ShouldBe([returnId.ToString(), returnId.ToString()]);
        Payments.Refunds.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Publishes_RefundSchedulingFailed_with_the_problem_detail_when_the_payment_API_refuses()
    {
        Payments.Refusal = "Refunds for order ORD-1003 are blocked.";
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(Schedule(returnId) with { OrderNumber = "ORD-1003" });

        (await Harness.Published.Any<RefundSchedulingFailed>(x =>
            x.Context.Message == new RefundSchedulingFailed(returnId, "Refunds for order ORD-1003 are blocked."))).ShouldBeTrue();
        Payments.Requests.Count.ShouldBe(1); // a 4xx is the provider's answer, not a reason to retry
        (await Harness.NothingPublished<Fault<ScheduleRefund>>()).ShouldBeTrue();
    }

    [Fact]
    public async Task Rides_out_a_brief_outage_within_the_HTTP_retries()
    {
        Payments.Failures = 1;
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(Schedule(returnId));

        (await Harness.Published.Any<RefundScheduled>(x => x.Context.Message.ReturnId == returnId)).ShouldBeTrue();
        Payments.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Lets_a_lasting_outage_escape_so_message_retry_and_the_fault_take_over()
    {
        Payments.Failures = int.MaxValue;
        var returnId = Guid.NewGuid();

        await Harness.Bus.Publish(Schedule(returnId));

        var fault = await Harness.Published.SelectAsync<Fault<ScheduleRefund>>().FirstOrDefault();
        fault.ShouldNotBeNull();
        fault.Context.Message.Exceptions.ShouldHaveSingleItem().ExceptionType.ShouldBe(typeof(HttpRequestException).FullName);
        Payments.Requests.Count.ShouldBe(1 + RefundsHost.MaxRetryAttempts);
        Payments.Requests.ShouldAllBe(request => request.IdempotencyKey == returnId.ToString());
        (await Harness.NothingPublished<RefundSchedulingFailed>()).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0, "EUR", "more than zero")]
    [InlineData(-5, "EUR", "more than zero")]
    [InlineData(45, "", "currency")]
    [InlineData(45, "  ", "currency")]
    public async Task Faults_a_refund_that_cannot_be_asked_for(decimal amount, string currency, string reason)
    {
        await Harness.Bus.Publish(Schedule(Guid.NewGuid()) with { Amount = amount, Currency = currency });

        var fault = await Harness.Published.SelectAsync<Fault<ScheduleRefund>>().FirstOrDefault();
        fault.ShouldNotBeNull();
        var exception = fault.Context.Message.Exceptions.ShouldHaveSingleItem();
        exception.ExceptionType.ShouldBe(typeof(BadMessageException).FullName);
        exception.Message.ShouldContain(reason);
        Payments.Requests.ShouldBeEmpty();
    }

    private static ScheduleRefund Schedule(Guid returnId) => new(returnId, "ORD-1001", 45.00m, "EUR", DueAt);
}
