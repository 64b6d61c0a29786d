using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Returns.Contracts.Escalations;
using Returns.Orchestrator.StateMachines;

namespace Returns.Tests.Api;

/// <summary>GET /escalations from the saga store (this class has a store of its own), and the resolve decision.</summary>
public sealed class EscalationEndpointsSpecs(ApiWithSagaFactory factory) : IClassFixture<ApiWithSagaFactory>
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly HttpClient client = factory.CreateClient().AsOperator();

    [Fact]
    public async Task Lists_the_open_escalations_oldest_first_one_page_at_a_time()
    {
        Guid newest = Guid.NewGuid(), oldest = Guid.NewGuid(), middle = Guid.NewGuid();
        await factory.Store(
            Escalated(newest, "NeedsAttention", EscalationKind.Attention, Start.AddHours(5)),
            Escalated(oldest, "AwaitingApproval", EscalationKind.Approval, Start),
            Escalated(middle, "NeedsAttention", EscalationKind.Attention, Start.AddHours(1)),
            Row(Guid.NewGuid(), "Completed"));

        var first = await client.GetFromJsonAsync<JsonElement>("/escalations?pageSize=2");
        var second = await client.GetFromJsonAsync<JsonElement>("/escalations?page=2&pageSize=2");

        first.GetProperty("total").GetInt32().ShouldBe(3);
        first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("returnId").GetGuid()).ShouldBe([oldest, middle]);
        var item = first.GetProperty("items")[0];
        item.GetProperty("kind").GetString().ShouldBe("Approval");
        item.GetProperty("state").GetString().ShouldBe("AwaitingApproval");
        item.GetProperty("openedAt").GetDateTimeOffset().ShouldBe(Start);
        item.GetProperty("expiresAt").GetDateTimeOffset().ShouldBe(Start.AddDays(3));
        item.GetProperty("reason").GetString().ShouldBe("waiting since " + Start.ToString("u"));
        second.GetProperty("items").EnumerateArray().Single().GetProperty("returnId").GetGuid().ShouldBe(newest);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=many", "pageSize")]
    public async Task Bad_paging_gets_a_400_problem_naming_the_parameter(string query, string field)
    {
        var response = await client.GetAsync($"/escalations?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"errors should name {field}: {problem}");
    }

    [Fact]
    public async Task Resolving_an_unknown_return_is_a_404_without_a_reason_a_400_and_without_a_key_a_401()
    {
        var unknown = await client.PostAsJsonAsync($"/returns/{Guid.NewGuid()}/resolve", new { reason = "settled by phone" });
        var unexplained = await client.PostAsJsonAsync($"/returns/{Guid.NewGuid()}/resolve", new { reason = " " });
        var anonymous = await factory.CreateClient().PostAsJsonAsync($"/returns/{Guid.NewGuid()}/resolve", new { reason = "settled by phone" });

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unexplained.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static ReturnState Escalated(Guid id, string state, EscalationKind kind, DateTimeOffset openedAt)
    {
        var row = Row(id, state);
        row.EscalationId = Guid.NewGuid();
        row.EscalationKind = kind;
        row.EscalatedAt = openedAt;
        row.EscalationRemindAt = openedAt.AddDays(1);
        row.EscalationExpiresAt = openedAt.AddDays(3);
        row.StatusReason = "waiting since " + openedAt.ToString("u");
        return row;
    }

    private static ReturnState Row(Guid id, string state) => new()
    {
        CorrelationId = id,
        CurrentState = state,
        OrderNumber = "ORD-2001",
        Reason = "Stopped working",
        RequestedAt = Start,
        UpdatedAt = Start,
    };
}
