using Microsoft.AspNetCore.Http.HttpResults;

namespace Returns.Api.Returns;

/// <summary>The ProblemDetails answers the return endpoints share.</summary>
public static class ReturnProblems
{
    public static ProblemHttpResult NotFound(Guid returnId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Return not found",
        detail: $"No return has the id {returnId}. A return submitted a moment ago may not be registered yet; try again shortly.");

    public static ProblemHttpResult ReturnIdTaken(ReturnIdUse use) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "This returnId is already used by another request",
        detail: use.Conflict,
        extensions: new Dictionary<string, object?> { ["returnId"] = use.Existing!.ReturnId, ["state"] = use.Existing.State });

    public static ProblemHttpResult OrchestratorUnavailable() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The orchestrator did not answer",
        detail: "The return saga did not answer in time. Nothing was changed by this request; try again shortly.");
}
