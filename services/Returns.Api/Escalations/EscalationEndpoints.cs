using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Returns.Api.Returns;
using Returns.Contracts.Escalations;

namespace Returns.Api.Escalations;

/// <summary>GET /escalations: the open tickets (returns waiting for a manager or an operator), oldest first, paged.</summary>
public static class EscalationEndpoints
{
    public static IEndpointRouteBuilder MapEscalationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/escalations", List).WithTags("Escalations").Problems(503);
        return app;
    }

    private static async Task<Results<Ok<EscalationsPage>, ValidationProblem, ProblemHttpResult>> List(
        string? page, string? pageSize, IRequestClient<ListEscalations> client, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var pageNumber = SearchEndpoint.Whole(page, 1, 1, int.MaxValue, "page", "must be a whole number, 1 or more", errors);
        var size = SearchEndpoint.Whole(pageSize, SearchEndpoint.DefaultPageSize, 1, SearchEndpoint.MaxPageSize, "pageSize",
            $"must be a whole number from 1 to {SearchEndpoint.MaxPageSize}", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            var response = await client.GetResponse<EscalationsPage>(new ListEscalations(pageNumber, size), ct);
            return TypedResults.Ok(response.Message);
        }
        catch (RequestTimeoutException)
        {
            return ReturnProblems.OrchestratorUnavailable();
        }
    }
}
