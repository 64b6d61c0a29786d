using Microsoft.AspNetCore.Http.HttpResults;

namespace Returns.Sandbox;

/// <summary>ProblemDetails answers for requests the sandbox refuses.</summary>
public static class Problems
{
    /// <summary>A validation problem whose <c>detail</c> names every offending field; 400 unless a caller says 422.</summary>
    public static ProblemHttpResult Invalid(Dictionary<string, string[]> errors, int statusCode = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = statusCode,
            Title = "The request is invalid.",
            Detail = string.Join(" ", errors.Values.SelectMany(messages => messages)),
        });

    /// <summary>404 for something the sandbox has never heard of.</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: detail);
}
