using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit;
using Returns.Contracts;
using Returns.Contracts.Eligibility;
using Returns.Contracts.Model;
using Returns.Contracts.Validation;

namespace Returns.Tests.Api;

public sealed class ReturnEndpointsSpecs : IClassFixture<ApiWithSagaFactory>
{
    private readonly ApiWithSagaFactory factory;
    private readonly HttpClient client;

    public ReturnEndpointsSpecs(ApiWithSagaFactory factory)
    {
        this.factory = factory;
        client = factory.CreateClient().AsOperator();
    }

    [Fact]
    public async Task Submitting_a_return_publishes_ReturnRequested_and_answers_202_with_a_location()
    {
        var response = await client.PostAsJsonAsync("/returns", new { orderNumber = "ORD-1001", reason = "Too small", lines = new[] { new { sku = "SKU-MUG", quantity = 1 } } });

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var returnId = body.GetProperty("returnId").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/returns/{returnId}");
        (await factory.Harness.Published.Any<ReturnRequested>(m =>
            m.Context.Message.ReturnId == returnId && m.Context.Message.OrderNumber == "ORD-1001" && m.Context.Message.Lines.Single().Quantity == 1)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("""{"reason":"x"}""", "orderNumber")]
    [InlineData("""{"orderNumber":"ORD-1","reason":""}""", "reason")]
    [InlineData("""{"orderNumber":"ORD-1","reason":"x","lines":[{"sku":"A","quantity":0}]}""", "lines[0].quantity")]
    [InlineData("""{"orderNumber":"ORD-1","reason":"x","lines":[{"sku":"A","quantity":-1}]}""", "lines[0].quantity")]
    [InlineData("""{"orderNumber":"ORD-1","reason":"x","lines":[{"sku":"A","quantity":100000}]}""", "lines[0].quantity")]
    [InlineData("""{"orderNumber":"ORD-1","reason":"x","lines":[{"sku":"","quantity":1}]}""", "lines[0].sku")]
    [InlineData("""{"orderNumber":"ORD-1","reason":"x","lines":[{"sku":"A","quantity":1},{"sku":"a","quantity":1}]}""", "lines")]
    public async Task Bad_input_gets_a_400_problem_naming_the_field(string json, string field)
    {
        var response = await client.PostAsync("/returns", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"errors should name {field}: {problem}");
    }

    [Fact]
    public async Task Malformed_json_gets_a_400_problem()
    {
        var response = await client.PostAsync("/returns", new StringContent("{ not json", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_unknown_return_is_a_404_problem_and_a_malformed_id_a_400()
    {
        var unknown = await client.GetAsync($"/returns/{Guid.NewGuid()}");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var malformed = await client.GetAsync("/returns/not-a-guid");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_status_shows_the_state_and_the_timeline()
    {
        var returnId = await SubmitAndWaitForValidation();

        var status = await client.GetFromJsonAsync<JsonElement>($"/returns/{returnId}");

        status.GetProperty("state").GetString().ShouldBe("Validating");
        status.GetProperty("orderNumber").GetString().ShouldBe("ORD-1001");
        var timeline = status.GetProperty("timeline").EnumerateArray().ToList();
        timeline.ShouldHaveSingleItem().GetProperty("to").GetString().ShouldBe("Validating");
    }

    [Fact]
    public async Task Approving_a_return_that_waits_for_approval_answers_200_and_records_the_operator_as_the_actor()
    {
        var returnId = await SubmitAndWaitForValidation();
        await WalkToAwaitingApproval(returnId);

        var response = await client.PostAsJsonAsync($"/returns/{returnId}/approve", new { actor = "maria.manager", reason = "Loyal customer" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString().ShouldBe("CreatingLabel");
        var status = await client.GetFromJsonAsync<JsonElement>($"/returns/{returnId}");
        status.GetProperty("state").GetString().ShouldBe("CreatingLabel");
        // The actor is the authenticated operator; the one named in the body is ignored.
        var approved = status.GetProperty("timeline").EnumerateArray().Single(e => e.GetProperty("to").GetString() == "CreatingLabel");
        approved.GetProperty("actor").GetString().ShouldBe(TestOperator.Name);
        status.GetProperty("timeline").EnumerateArray().ShouldNotContain(e => e.GetProperty("actor").GetString() == "maria.manager");
    }

    [Fact]
    public async Task A_decision_in_the_wrong_state_is_a_409_and_changes_nothing()
    {
        var returnId = await SubmitAndWaitForValidation();

        var response = await client.PostAsJsonAsync($"/returns/{returnId}/deny", new { actor = "maria.manager", reason = "No" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("state").GetString().ShouldBe("Validating");
        problem.GetProperty("detail").GetString()!.ShouldContain("AwaitingApproval");
        (await client.GetFromJsonAsync<JsonElement>($"/returns/{returnId}")).GetProperty("state").GetString().ShouldBe("Validating");
    }

    [Fact]
    public async Task A_decision_without_a_reason_is_a_400_and_for_an_unknown_return_a_404()
    {
        var missing = await client.PostAsJsonAsync($"/returns/{Guid.NewGuid()}/approve", new { actor = "", reason = "" });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("actor", out _).ShouldBeFalse("the actor is the operator, not a field");
        errors.TryGetProperty("reason", out _).ShouldBeTrue();

        var unknown = await client.PostAsJsonAsync($"/returns/{Guid.NewGuid()}/approve", new { actor = "maria", reason = "ok" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_status_shows_what_is_scheduled_for_the_return()
    {
        var before = DateTimeOffset.UtcNow;
        var returnId = await SubmitAndWaitForValidation();

        var validating = await client.GetFromJsonAsync<JsonElement>($"/returns/{returnId}");
        var deadline = validating.GetProperty("scheduled").EnumerateArray().ShouldHaveSingleItem();
        deadline.GetProperty("action").GetString().ShouldBe("StepDeadline");
        deadline.GetProperty("details").GetString()!.ShouldContain("validate");
        deadline.GetProperty("dueAt").GetDateTimeOffset().ShouldBeInRange(before.AddMinutes(5), DateTimeOffset.UtcNow.AddMinutes(5));

        await WalkToAwaitingApproval(returnId);
        var waiting = await client.GetFromJsonAsync<JsonElement>($"/returns/{returnId}");
        var scheduled = waiting.GetProperty("scheduled").EnumerateArray().ToList();
        scheduled.Select(a => a.GetProperty("action").GetString()).ShouldBe(["EscalationReminder", "EscalationExpiry"]);
        scheduled[0].GetProperty("dueAt").GetDateTimeOffset().ShouldBeInRange(before.AddDays(1), DateTimeOffset.UtcNow.AddDays(1));
        scheduled[1].GetProperty("dueAt").GetDateTimeOffset().ShouldBeInRange(before.AddDays(3), DateTimeOffset.UtcNow.AddDays(3));
        scheduled[1].GetProperty("details").GetString()!.ShouldContain("Deny");
    }

    private async Task<Guid> SubmitAndWaitForValidation()
    {
        var response = await client.PostAsJsonAsync("/returns", new { orderNumber = "ORD-1001", reason = "Too small" });
        var returnId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("returnId").GetGuid();
        (await factory.Harness.Sent.Any<ValidateOrder>(m => m.Context.Message.ReturnId == returnId)).ShouldBeTrue();
        return returnId;
    }

    private async Task WalkToAwaitingApproval(Guid returnId)
    {
        var order = new OrderSnapshot("ORD-1001", DateTimeOffset.UtcNow.AddDays(-75), "EUR",
            new Customer("Ada", "ada@example.test"), new Address("1 Road", null, "Town", "AB1", "GB"),
            [new OrderLine("SKU-MUG", "Mug", 1, 10m, false)]);
        await factory.Harness.Bus.Publish(new OrderValidated(returnId, order));
        (await factory.Harness.Sent.Any<CheckEligibility>(m => m.Context.Message.ReturnId == returnId)).ShouldBeTrue();
        await factory.Harness.Bus.Publish(new ReturnNeedsApproval(returnId, "return-window", "75 days"));
        for (var i = 0; i < 50; i++)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/returns/{returnId}");
            if (status.GetProperty("state").GetString() == "AwaitingApproval")
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The return never reached AwaitingApproval.");
    }
}
