using System.Net;

namespace Returns.Tests.Api;

public sealed class SearchWithoutOrchestratorSpecs(ApiWithoutOrchestratorFactory factory) : IClassFixture<ApiWithoutOrchestratorFactory>
{
    [Fact]
    public async Task A_search_nobody_answers_is_a_503_problem()
    {
        var response = await factory.CreateClient().GetAsync("/returns?state=Completed");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
