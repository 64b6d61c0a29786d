using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Returns.Sandbox.Carrier;
using Returns.Sandbox.Faults;
using Returns.Sandbox.Payments;

namespace Returns.Tests.Sandbox;

public sealed class FaultInjectionSpecs(SandboxFactory sandbox) : IClassFixture<SandboxFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = sandbox.CreateClient();

    // The fixture's sandbox is shared by this class's tests: start each one with no faults.
    public async Task InitializeAsync() => (await _client.DeleteAsync("/faults")).EnsureSuccessStatusCode();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FailOrders_makes_calls_about_that_order_fail_with_the_chosen_code()
    {
        await SetFaults("orders", new { failOrders = new[] { "ORD-1003" }, failStatusCode = 409 });

        var refused = await _client.GetAsync("/orders/ORD-1003");
        var other = await _client.GetAsync("/orders/ORD-1001");

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await refused.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Detail.ShouldNotBeNull().ShouldContain("ORD-1003");
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task FailOrders_on_the_carrier_refuses_with_422_and_issues_no_label()
    {
        await SetFaults("carrier", new { failOrders = new[] { "ORD-1003" } });
        var key = SandboxRequests.NewKey();

        var refused = await _client.PostLabel(key, "ORD-1003");

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Labels()).ShouldNotContain(label => label.IdempotencyKey == key);
        // The faulted call did not even claim the key: once the fault is lifted the same key issues a label.
        await _client.DeleteAsync("/faults/carrier");
        (await _client.PostLabel(key, "ORD-1003")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task FailOrders_on_payments_refuses_and_schedules_no_refund()
    {
        await SetFaults("payments", new { failOrders = new[] { "ORD-1003" } });
        var key = SandboxRequests.NewKey();

        var refused = await _client.PostRefund(key, SandboxRequests.RefundBody("ORD-1003"));
        var other = await _client.PostRefund(SandboxRequests.NewKey(), SandboxRequests.RefundBody("ORD-1001"));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        other.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _client.GetFromJsonAsync<Refund[]>("/payments/refunds"))!.ShouldNotContain(refund => refund.IdempotencyKey == key);
    }

    [Fact]
    public async Task FailOrders_also_refuses_voiding_a_label_of_that_order()
    {
        var label = await (await _client.PostLabel(SandboxRequests.NewKey(), "ORD-1003")).Content.ReadFromJsonAsync<Label>();
        await SetFaults("carrier", new { failOrders = new[] { "ORD-1003" }, failStatusCode = 500 });

        var response = await _client.PostAsync($"/carrier/labels/{label!.LabelId}/void", null);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await Labels()).Single(entry => entry.LabelId == label.LabelId).Status.ShouldBe("active");
    }

    [Fact]
    public async Task An_error_rate_of_1_fails_every_call_with_the_status_code_and_issues_nothing()
    {
        await SetFaults("carrier", new { errorRate = 1.0, statusCode = 502 });
        var keys = Enumerable.Range(0, 10).Select(_ => SandboxRequests.NewKey()).ToArray();

        var responses = await Task.WhenAll(keys.Select(key => _client.PostLabel(key)));

        responses.ShouldAllBe(response => response.StatusCode == HttpStatusCode.BadGateway);
        (await Labels()).ShouldNotContain(label => keys.Contains(label.IdempotencyKey));
    }

    [Fact]
    public async Task An_error_rate_of_1_on_orders_defaults_to_503()
    {
        await SetFaults("orders", new { errorRate = 1.0 });

        (await _client.GetAsync("/orders/ORD-1001")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Ledger_and_fault_reads_are_never_faulted()
    {
        await SetFaults("carrier", new { errorRate = 1.0 });
        await SetFaults("payments", new { errorRate = 1.0 });

        (await _client.GetAsync("/carrier/labels")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _client.GetAsync("/payments/refunds")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _client.GetAsync("/faults")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Deleting_all_faults_restores_normal_behaviour()
    {
        await SetFaults("orders", new { errorRate = 1.0 });
        await SetFaults("carrier", new { failOrders = new[] { "ORD-1001" } });

        (await _client.DeleteAsync("/faults")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await _client.GetAsync("/orders/ORD-1001")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _client.PostLabel(SandboxRequests.NewKey())).StatusCode.ShouldBe(HttpStatusCode.Created);
        var current = await _client.GetFromJsonAsync<Dictionary<string, FaultSettings>>("/faults");
        current!["orders"].ErrorRate.ShouldBe(0);
        current["carrier"].FailOrders.ShouldBeEmpty();
    }

    [Fact]
    public async Task Deleting_one_api_leaves_the_others_faulted()
    {
        await SetFaults("orders", new { errorRate = 1.0 });
        await SetFaults("carrier", new { errorRate = 1.0 });

        (await _client.DeleteAsync("/faults/orders")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await _client.GetAsync("/orders/ORD-1001")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _client.PostLabel(SandboxRequests.NewKey())).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Reports_the_current_settings_of_every_api()
    {
        await SetFaults("payments", new { latencyMs = 5, failOrders = new[] { "ORD-1003" } });

        var current = await _client.GetFromJsonAsync<Dictionary<string, FaultSettings>>("/faults");

        current!.Keys.ShouldBe(["orders", "carrier", "payments", "smtp"], ignoreOrder: true);
        current["payments"].LatencyMs.ShouldBe(5);
        current["payments"].FailOrders.ShouldBe(["ORD-1003"]);
        current["payments"].FailStatusCode.ShouldBe(422);
        current["orders"].LatencyMs.ShouldBe(0);
    }

    [Fact]
    public async Task Latency_delays_the_call()
    {
        await SetFaults("orders", new { latencyMs = 200 });

        var stopwatch = Stopwatch.StartNew();
        var response = await _client.GetAsync("/orders/ORD-1001");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        stopwatch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(190));
    }

    [Theory]
    [InlineData("""{ "errorRate": 1.5 }""", "errorRate")]
    [InlineData("""{ "errorRate": -0.1 }""", "errorRate")]
    [InlineData("""{ "latencyMs": -1 }""", "latencyMs")]
    [InlineData("""{ "latencyMs": 60001 }""", "latencyMs")]
    [InlineData("""{ "statusCode": 200 }""", "statusCode")]
    [InlineData("""{ "failStatusCode": 600 }""", "failStatusCode")]
    [InlineData("""{ "failOrders": [""] }""", "failOrders")]
    public async Task Refuses_invalid_settings_with_400_naming_the_field(string body, string field)
    {
        var response = await _client.PutAsync("/faults/carrier",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!;
        problem.Errors.Keys.ShouldBe([field]);
        problem.Detail.ShouldNotBeNull().ShouldContain(field);
        (await _client.PostLabel(SandboxRequests.NewKey())).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Answers_404_for_an_unknown_api()
    {
        var response = await _client.PutAsJsonAsync("/faults/warehouse", new { errorRate = 1.0 });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Smtp_settings_decide_which_recipients_fail_and_with_which_reply_code()
    {
        await SetFaults("smtp", new { failOrders = new[] { "grace@example.test" } });
        var injector = sandbox.Services.GetRequiredService<FaultInjector>();

        var refused = injector.Decide(FaultApis.Smtp, "Grace@Example.test");
        var delivered = injector.Decide(FaultApis.Smtp, "ada@example.test");

        refused.Fails.ShouldBeTrue();
        refused.StatusCode.ShouldBe(550);
        delivered.Fails.ShouldBeFalse();
    }

    [Fact]
    public async Task Smtp_error_rate_fails_mail_with_a_transient_reply_code_by_default()
    {
        await SetFaults("smtp", new { errorRate = 1.0 });

        var decision = sandbox.Services.GetRequiredService<FaultInjector>().Decide(FaultApis.Smtp, "ada@example.test");

        decision.StatusCode.ShouldBe(451);
    }

    private async Task SetFaults(string api, object settings) =>
        (await _client.PutAsJsonAsync($"/faults/{api}", settings)).EnsureSuccessStatusCode();

    private async Task<Label[]> Labels() => (await _client.GetFromJsonAsync<Label[]>("/carrier/labels"))!;
}
