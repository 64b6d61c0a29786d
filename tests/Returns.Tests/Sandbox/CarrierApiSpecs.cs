using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Returns.Sandbox.Carrier;

namespace Returns.Tests.Sandbox;

public sealed class CarrierApiSpecs(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private readonly HttpClient _client = sandbox.CreateClient();

    [Fact]
    public async Task Issues_an_active_label_with_201()
    {
        var key = SandboxRequests.NewKey();

        var response = await _client.PostLabel(key);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var label = (await response.Content.ReadFromJsonAsync<Label>())!;
        label.LabelId.ShouldStartWith("LBL-");
        label.TrackingNumber.ShouldStartWith("1Z");
        label.LabelUrl.ShouldEndWith($"/carrier/labels/{label.LabelId}/pdf");
        label.Status.ShouldBe("active");
        label.CreatedAt.ShouldBe(SandboxFactory.StartedAt);
        label.OrderNumber.ShouldBe("ORD-1001");
        label.ItemCount.ShouldBe(3);
        response.Headers.Location!.ToString().ShouldBe($"/carrier/labels/{label.LabelId}");
    }

    [Fact]
    public async Task Returns_the_same_label_with_200_for_a_repeated_Idempotency_Key()
    {
        var key = SandboxRequests.NewKey();
        var first = await (await _client.PostLabel(key)).Content.ReadFromJsonAsync<Label>();

        var again = await _client.PostLabel(key);

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<Label>())!.LabelId.ShouldBe(first!.LabelId);
        (await LabelsIssuedFor(key)).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Issues_a_separate_label_for_another_Idempotency_Key()
    {
        var first = await (await _client.PostLabel(SandboxRequests.NewKey())).Content.ReadFromJsonAsync<Label>();
        var second = await (await _client.PostLabel(SandboxRequests.NewKey())).Content.ReadFromJsonAsync<Label>();

        second!.LabelId.ShouldNotBe(first!.LabelId);
    }

    [Fact]
    public async Task Voids_a_label_and_voiding_it_again_is_still_200()
    {
        var key = SandboxRequests.NewKey();
        var label = await (await _client.PostLabel(key)).Content.ReadFromJsonAsync<Label>();

        var voided = await _client.PostAsync($"/carrier/labels/{label!.LabelId}/void", null);
        var voidedAgain = await _client.PostAsync($"/carrier/labels/{label.LabelId}/void", null);

        voided.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await voided.Content.ReadFromJsonAsync<LabelVoided>()).ShouldBe(new LabelVoided(label.LabelId, "void"));
        voidedAgain.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await voidedAgain.Content.ReadFromJsonAsync<LabelVoided>())!.Status.ShouldBe("void");
        (await LabelsIssuedFor(key)).ShouldHaveSingleItem().Status.ShouldBe("void");
    }

    [Fact]
    public async Task Answers_404_when_voiding_an_unknown_label()
    {
        var response = await _client.PostAsync("/carrier/labels/LBL-NOSUCH/void", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Answers_400_naming_the_missing_fields()
    {
        var response = await _client.PostWithKey("/carrier/labels", SandboxRequests.NewKey(),
            new { orderNumber = "ORD-1001", from = new { line1 = "1 Road" }, itemCount = 0 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!;
        problem.Errors.Keys.ShouldBe(["customerName", "from.city", "from.postalCode", "from.country", "itemCount"], ignoreOrder: true);
        problem.Detail.ShouldNotBeNull().ShouldContain("customerName");
    }

    [Fact]
    public async Task Answers_400_without_an_Idempotency_Key_and_issues_nothing()
    {
        var before = (await AllLabels()).Length;

        var response = await _client.PostWithKey("/carrier/labels", idempotencyKey: null, SandboxRequests.LabelBody());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys.ShouldBe(["Idempotency-Key"]);
        (await AllLabels()).Length.ShouldBe(before);
    }

    [Fact]
    public async Task Answers_400_with_a_reason_for_unreadable_json()
    {
        var response = await _client.PostAsync("/carrier/labels",
            new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Detail.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Concurrent_duplicate_requests_issue_exactly_one_label_per_key()
    {
        // Several keys at once, each sent many times interleaved, to give a race many chances to show.
        var keys = Enumerable.Range(0, 8).Select(_ => SandboxRequests.NewKey()).ToArray();
        var requests = Enumerable.Range(0, 12).SelectMany(_ => keys).ToArray();

        var responses = await Task.WhenAll(requests.Select(key => Task.Run(async () => (key, response: await _client.PostLabel(key)))));

        var ledger = await AllLabels();
        foreach (var key in keys)
        {
            var answers = responses.Where(answer => answer.key == key).Select(answer => answer.response).ToArray();
            answers.Count(response => response.StatusCode == HttpStatusCode.Created).ShouldBe(1);
            answers.Count(response => response.StatusCode == HttpStatusCode.OK).ShouldBe(11);
            var labelIds = await Task.WhenAll(answers.Select(async response => (await response.Content.ReadFromJsonAsync<Label>())!.LabelId));
            labelIds.Distinct().ShouldHaveSingleItem();
            ledger.Where(label => label.IdempotencyKey == key).ShouldHaveSingleItem().LabelId.ShouldBe(labelIds[0]);
        }
    }

    private async Task<Label[]> AllLabels() => (await _client.GetFromJsonAsync<Label[]>("/carrier/labels"))!;

    private async Task<Label[]> LabelsIssuedFor(string key) =>
        (await AllLabels()).Where(label => label.IdempotencyKey == key).ToArray();
}
