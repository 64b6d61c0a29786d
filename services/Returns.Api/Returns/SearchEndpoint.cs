using System.Globalization;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Returns.Contracts.Status;

namespace Returns.Api.Returns;

/// <summary>
/// GET /returns: a page of returns from the saga store, newest first. Bad filters or paging → 400
/// naming the parameter, no answer → 503.
/// </summary>
public static class SearchEndpoint
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static async Task<Results<Ok<ReturnsPage>, ValidationProblem, ProblemHttpResult>> Search(
        string? state, string? order, string? page, string? pageSize, IRequestClient<SearchReturns> client, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        string? stateName = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            stateName = ReturnStateNames.Find(state);
            if (stateName is null)
            {
                errors["state"] = [$"must be one of: {string.Join(", ", ReturnStateNames.All)}"];
            }
        }

        var pageNumber = Whole(page, 1, 1, int.MaxValue, "page", "must be a whole number, 1 or more", errors);
        var size = Whole(pageSize, DefaultPageSize, 1, MaxPageSize, "pageSize", $"must be a whole number from 1 to {MaxPageSize}", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            var orderNumber = string.IsNullOrWhiteSpace(order) ? null : order.Trim();
            var response = await client.GetResponse<ReturnsPage>(new SearchReturns(stateName, orderNumber, pageNumber, size), ct);
            return TypedResults.Ok(response.Message);
        }
        catch (RequestTimeoutException)
        {
            return ReturnProblems.OrchestratorUnavailable();
        }
    }

    /// <summary>A whole-number query parameter within bounds; otherwise the fallback, with an error naming the field.</summary>
    internal static int Whole(string? text, int fallback, int min, int max, string field, string rule, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[field] = [rule];
        return fallback;
    }
}
