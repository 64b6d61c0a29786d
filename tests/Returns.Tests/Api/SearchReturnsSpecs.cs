using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Returns.Api.Returns;
using Returns.Orchestrator;
using Returns.Orchestrator.StateMachines;

namespace Returns.Tests.Api;

public sealed class SearchReturnsSpecs(ApiWithSagaFactory factory) : IClassFixture<ApiWithSagaFactory>
{
    private static readonly DateTimeOffset Start = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly HttpClient client = factory.CreateClient().AsOperator();

    [Fact]
    public async Task Lists_returns_in_a_state_for_an_order_newest_first_one_page_at_a_time()
    {
        var order = $"ORD-S{Guid.NewGuid():N}"[..20];
        Guid older = Guid.NewGuid(), newer = Guid.NewGuid(), rejected = Guid.NewGuid();
        await factory.Store(
            Row(older, "Completed", order, Start),
            Row(newer, "Completed", order, Start.AddHours(1)),
            Row(rejected, "Rejected", order, Start.AddHours(2)),
            Row(Guid.NewGuid(), "Completed", order + "X", Start.AddHours(3)));

        var first = await client.GetFromJsonAsync<JsonElement>($"/returns?state=completed&order={order}&pageSize=1");
        var second = await client.GetFromJsonAsync<JsonElement>($"/returns?state=Completed&order={order}&page=2&pageSize=1");

        first.GetProperty("total").GetInt32().ShouldBe(2);
        first.GetProperty("page").GetInt32().ShouldBe(1);
        first.GetProperty("pageSize").GetInt32().ShouldBe(1);
        var item = first.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("returnId").GetGuid().ShouldBe(newer);
        item.GetProperty("state").GetString().ShouldBe("Completed");
        item.GetProperty("orderNumber").GetString().ShouldBe(order);
        item.GetProperty("requestedAt").GetDateTimeOffset().ShouldBe(Start.AddHours(1));
        second.GetProperty("items").EnumerateArray().Single().GetProperty("returnId").GetGuid().ShouldBe(older);
    }

    [Fact]
    public async Task Without_paging_asks_for_the_first_page_of_twenty()
    {
        var order = $"ORD-D{Guid.NewGuid():N}"[..20];
        await factory.Store(Row(Guid.NewGuid(), "Validating", order, Start));

        var page = await client.GetFromJsonAsync<JsonElement>($"/returns?order={order}");

        page.GetProperty("page").GetInt32().ShouldBe(1);
        page.GetProperty("pageSize").GetInt32().ShouldBe(20);
        page.GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Lists_returns_requested_from_inclusive_to_exclusive()
    {
        var order = $"ORD-R{Guid.NewGuid():N}"[..20];
        Guid before = Guid.NewGuid(), atFrom = Guid.NewGuid(), inside = Guid.NewGuid(), atTo = Guid.NewGuid();
        await factory.Store(
            Row(before, "Completed", order, Start.AddSeconds(-1)),
            Row(atFrom, "Completed", order, Start),
            Row(inside, "Rejected", order, Start.AddHours(5)),
            Row(atTo, "Completed", order, Start.AddDays(1)));

        // The same instants as 2026-04-01T08:00Z and 2026-04-02T08:00Z, one with an unescaped '+' (read as a space).
        var page = await client.GetFromJsonAsync<JsonElement>($"/returns?order={order}&from=2026-04-01T10:00:00+02:00&to=2026-04-02T08:00:00Z");
        var fromOnly = await client.GetFromJsonAsync<JsonElement>($"/returns?order={order}&from=2026-04-01T13:00:00Z");
        var toOnly = await client.GetFromJsonAsync<JsonElement>($"/returns?order={order}&to=2026-04-01T08:00:00Z");
        var toDate = await client.GetFromJsonAsync<JsonElement>($"/returns?order={order}&to=2026-04-02");

        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("returnId").GetGuid()).ShouldBe([inside, atFrom]);
        page.GetProperty("total").GetInt32().ShouldBe(2);
        fromOnly.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("returnId").GetGuid()).ShouldBe([atTo, inside]);
        toOnly.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("returnId").GetGuid()).ShouldBe([before]);
        // A date alone is midnight UTC.
        toDate.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("returnId").GetGuid()).ShouldBe([inside, atFrom, before]);
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=01/04/2026", "to")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-04-02&to=2026-04-01", "to")]
    [InlineData("from=2026-04-01T08:00:00Z&to=2026-04-01T08:00:00Z", "to")]
    [InlineData("state=Shipped", "state")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=two", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task Bad_filters_or_paging_get_a_400_problem_naming_the_parameter(string query, string field)
    {
        var response = await client.GetAsync($"/returns?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"errors should name {field}: {problem}");
    }

    [Fact]
    public async Task An_unknown_state_is_answered_with_the_valid_names()
    {
        var response = await client.GetAsync("/returns?state=Shipped");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        var message = problem.GetProperty("errors").GetProperty("state")[0].GetString()!;
        message.ShouldContain("NeedsAttention");
        message.ShouldContain("CheckingEligibility");
    }

    [Fact]
    public void The_state_names_are_the_saga_s_states()
    {
        var machine = new ReturnStateMachine(Options.Create(new OrchestratorOptions()), TimeProvider.System);

        ReturnStateNames.All.Order().ShouldBe(
            machine.States.Select(s => s.Name).Where(n => n is not "Initial" and not "Final").Order());
    }

    private static ReturnState Row(Guid id, string state, string order, DateTimeOffset requestedAt) => new()
    {
        CorrelationId = id,
        CurrentState = state,
        OrderNumber = order,
        Reason = "Too small",
        RequestedAt = requestedAt,
        UpdatedAt = requestedAt.AddMinutes(1),
    };
}
