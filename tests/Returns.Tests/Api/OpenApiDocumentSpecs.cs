using System.Net.Http.Json;
using System.Text.Json;

namespace Returns.Tests.Api;

public sealed class OpenApiDocumentSpecs(ApiWithSagaFactory factory) : IClassFixture<ApiWithSagaFactory>
{
    [Fact]
    public async Task The_document_describes_every_endpoint_its_answers_and_the_operator_scheme()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        paths.EnumerateObject().Select(p => p.Name).Order().ShouldBe(
        [
            "/escalations", "/returns", "/returns/{id}", "/returns/{id}/approve", "/returns/{id}/cancel",
            "/returns/{id}/deny", "/returns/{id}/resolve", "/returns/{id}/retry",
        ]);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Operator");
        scheme.GetProperty("type").GetString().ShouldBe("http");
        scheme.GetProperty("scheme").GetString().ShouldBe("bearer");

        var submit = paths.GetProperty("/returns").GetProperty("post");
        Responses(submit).ShouldBe(["202", "400", "401", "409", "503"], ignoreOrder: true);
        Security(submit).ShouldBe(["Operator"]);

        var approve = paths.GetProperty("/returns/{id}/approve").GetProperty("post");
        Responses(approve).ShouldBe(["200", "400", "401", "409", "404", "503"], ignoreOrder: true);
        Security(approve).ShouldBe(["Operator"]);

        var search = paths.GetProperty("/returns").GetProperty("get");
        search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString())
            .ShouldBe(["state", "order", "from", "to", "page", "pageSize"]);
        Security(search).ShouldBeEmpty();

        var status = paths.GetProperty("/returns/{id}").GetProperty("get");
        Responses(status).ShouldContain("200");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("ReturnStatus").GetProperty("properties").TryGetProperty("scheduled", out _).ShouldBeTrue();
        schemas.GetProperty("ScheduledAction").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .ShouldBe(["action", "dueAt", "details"]);
    }

    private static List<string> Responses(JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();

    private static List<string> Security(JsonElement operation) =>
        operation.TryGetProperty("security", out var security)
            ? security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToList()
            : [];
}
