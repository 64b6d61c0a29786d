using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Returns.Contracts.Decisions;
using Returns.Contracts.Status;

namespace Returns.Api.Returns;

/// <summary>
/// Sends a human decision, taken by the authenticated operator, to the saga and turns its answer into HTTP:
/// accepted → 200, does not fit the return's state → 409, unknown return → 404, no answer → 503.
/// </summary>
public static class DecisionEndpoint
{
    public static async Task<Results<Ok<DecisionAccepted>, ValidationProblem, ProblemHttpResult>> Decide<T>(
        string id,
        DecisionRequest body,
        string actor,
        IRequestClient<T> client,
        Func<Guid, string, string, T> decision,
        CancellationToken ct)
        where T : class
    {
        if (!ReturnIds.TryParse(id, out var returnId, out var invalid))
        {
            return invalid!;
        }

        var errors = DecisionRules.Problems(actor, body.Reason);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            var response = await client.GetResponse<DecisionAccepted, DecisionRefused, ReturnNotFound>(
                decision(returnId, actor.Trim(), body.Reason!.Trim()), ct);

            if (response.Is(out Response<DecisionAccepted>? accepted))
            {
                return TypedResults.Ok(accepted!.Message);
            }

            if (response.Is(out Response<DecisionRefused>? refused))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: $"{refused!.Message.Decision} does not fit this return now",
                    detail: refused.Message.Reason,
                    extensions: new Dictionary<string, object?> { ["state"] = refused.Message.State });
            }

            return ReturnProblems.NotFound(returnId);
        }
        catch (RequestTimeoutException)
        {
            return ReturnProblems.OrchestratorUnavailable();
        }
    }
}
