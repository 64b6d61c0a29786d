using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Returns.Api.Operators;
using Returns.Contracts.Decisions;
using Returns.Contracts.Status;

namespace Returns.Api.Returns;

/// <summary>Submit a return, list and search returns, read one's state and timeline, and take the human decisions.</summary>
public static class ReturnEndpoints
{
    public static IEndpointRouteBuilder MapReturnEndpoints(this IEndpointRouteBuilder app)
    {
        var returns = app.MapGroup("/returns").WithTags("Returns");
        returns.MapPost("/", SubmitEndpoint.Submit).ForOperators().Problems(409, 503);
        returns.MapGet("/", SearchEndpoint.Search).Problems(503);
        returns.MapGet("/{id}", GetStatus).Problems(404, 503);
        returns.MapDecision("approve", (returnId, actor, reason) => new ApproveReturn(returnId, actor, reason));
        returns.MapDecision("deny", (returnId, actor, reason) => new DenyReturn(returnId, actor, reason));
        returns.MapDecision("retry", (returnId, actor, reason) => new RetryReturnStep(returnId, actor, reason));
        returns.MapDecision("cancel", (returnId, actor, reason) => new CancelReturn(returnId, actor, reason));
        returns.MapDecision("resolve", (returnId, actor, reason) => new ResolveReturn(returnId, actor, reason));
        return app;
    }

    /// <summary>POST /returns/{id}/{action}: an operator's decision, asked of the saga as <typeparamref name="T"/>.</summary>
    private static void MapDecision<T>(this RouteGroupBuilder returns, string action, Func<Guid, string, string, T> decision)
        where T : class =>
        returns.MapPost($"/{{id}}/{action}", (string id, DecisionRequest body, HttpContext http, IRequestClient<T> client, CancellationToken ct) =>
                DecisionEndpoint.Decide(id, body, http.OperatorName(), client, decision, ct))
            .ForOperators().Problems(404, 409, 503);

    /// <summary>
    /// The ProblemDetails answers an endpoint gives through a ProblemHttpResult, whose status the OpenAPI
    /// description cannot see by itself.
    /// </summary>
    internal static RouteHandlerBuilder Problems(this RouteHandlerBuilder endpoint, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            endpoint.ProducesProblem(status);
        }

        return endpoint;
    }

    private static async Task<Results<Ok<ReturnStatus>, ValidationProblem, ProblemHttpResult>> GetStatus(
        string id, IRequestClient<GetReturnStatus> client, CancellationToken ct)
    {
        if (!ReturnIds.TryParse(id, out var returnId, out var invalid))
        {
            return invalid!;
        }

        try
        {
            var response = await client.GetResponse<ReturnStatus, ReturnNotFound>(new GetReturnStatus(returnId), ct);
            return response.Is(out Response<ReturnStatus>? status)
                ? TypedResults.Ok(status!.Message)
                : ReturnProblems.NotFound(returnId);
        }
        catch (RequestTimeoutException)
        {
            return ReturnProblems.OrchestratorUnavailable();
        }
    }
}
