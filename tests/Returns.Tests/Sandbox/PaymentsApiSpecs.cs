using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Returns.Sandbox.Payments;

namespace Returns.Tests.Sandbox;

public sealed class PaymentsApiSpecs(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private readonly HttpClient _client = sandbox.CreateClient();

    [Fact]
    public async Task Schedules_a_refund_with_201()
    {
        var response = await _client.PostRefund(SandboxRequests.NewKey());

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var refund = (await response.Content.ReadFromJsonAsync<Refund>())!;
        refund.RefundId.ShouldStartWith("RF-");
        refund.OrderNumber.ShouldBe("ORD-1001");
        refund.Amount.ShouldBe(45.00m);
        refund.Currency.ShouldBe("EUR");
        refund.DueAt.ShouldBe(SandboxFactory.StartedAt.AddDays(7));
        refund.Status.ShouldBe("scheduled");
    }

    [Fact]
    public async Task Returns_the_same_refund_with_200_for_a_repeated_Idempotency_Key()
    {
        var key = SandboxRequests.NewKey();
        var first = await (await _client.PostRefund(key)).Content.ReadFromJsonAsync<Refund>();

        var again = await _client.PostRefund(key);

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<Refund>())!.RefundId.ShouldBe(first!.RefundId);
        (await RefundsScheduledFor(key)).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Cancels_a_refund_and_cancelling_it_again_is_still_200()
    {
        var key = SandboxRequests.NewKey();
        var refund = await (await _client.PostRefund(key)).Content.ReadFromJsonAsync<Refund>();

        var cancelled = await _client.PostAsync($"/payments/refunds/{refund!.RefundId}/cancel", null);
        var cancelledAgain = await _client.PostAsync($"/payments/refunds/{refund.RefundId}/cancel", null);

        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await cancelled.Content.ReadFromJsonAsync<RefundCancelled>()).ShouldBe(new RefundCancelled(refund.RefundId, "cancelled"));
        cancelledAgain.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RefundsScheduledFor(key)).ShouldHaveSingleItem().Status.ShouldBe("cancelled");
    }

    [Fact]
    public async Task Answers_404_when_cancelling_an_unknown_refund()
    {
        var response = await _client.PostAsync("/payments/refunds/RF-NOSUCH/cancel", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-12.5)]
    [InlineData(null)]
    public async Task Answers_422_for_an_amount_that_is_not_positive(double? amount)
    {
        var key = SandboxRequests.NewKey();

        var response = await _client.PostRefund(key, SandboxRequests.RefundBody(amount: (decimal?)amount));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!;
        problem.Errors.Keys.ShouldBe(["amount"]);
        problem.Detail.ShouldNotBeNull().ShouldContain("amount");
        (await RefundsScheduledFor(key)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Answers_422_without_a_currency()
    {
        var response = await _client.PostRefund(SandboxRequests.NewKey(), SandboxRequests.RefundBody(currency: null));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys.ShouldBe(["currency"]);
    }

    [Fact]
    public async Task Concurrent_duplicate_requests_schedule_exactly_one_refund()
    {
        var key = SandboxRequests.NewKey();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => _client.PostRefund(key))));

        responses.Count(response => response.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        (await RefundsScheduledFor(key)).ShouldHaveSingleItem();
    }

    private async Task<Refund[]> RefundsScheduledFor(string key) =>
        (await _client.GetFromJsonAsync<Refund[]>("/payments/refunds"))!.Where(refund => refund.IdempotencyKey == key).ToArray();
}
