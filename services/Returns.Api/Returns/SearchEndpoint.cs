using System.Globalization;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Returns.Contracts.Status;

namespace Returns.Api.Returns;

/// <summary>
/// GET /returns: a page of returns from the saga store, newest first, optionally in a state, for an order,
/// or requested in [from, to). Bad filters or paging → 400 naming the parameter, no answer → 503.
/// </summary>
public static class SearchEndpoint
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static async Task<Results<Ok<ReturnsPage>, ValidationProblem, ProblemHttpResult>> Search(
        string? state,
        string? order,
        string? from,
        string? to,
        string? page,
        string? pageSize,
        IRequestClient<SearchReturns> client,
        CancellationToken ct)
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

        var requestedFrom = Instant(from, "from", errors);
        var requestedTo = Instant(to, "to", errors);
        if (requestedFrom is not null && requestedTo is not null && requestedFrom >= requestedTo)
        {
            errors["to"] = [$"must be later than from ({requestedFrom:O}); the range is from inclusive, to exclusive"];
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
            var response = await client.GetResponse<ReturnsPage>(new SearchReturns(stateName, orderNumber, pageNumber, size, requestedFrom, requestedTo), ct);
            return TypedResults.Ok(response.Message);
        }
        catch (RequestTimeoutException)
        {
            return ReturnProblems.OrchestratorUnavailable();
        }
    }

    /// <summary>
    /// An ISO 8601 date or instant (2026-11-01, 2026-11-01T09:30:00Z, 2026-11-01T10:30:00+01:00); without an
    /// offset it is UTC. A '+' left unescaped in a query string arrives as a space and is read as the '+' it was.
    /// </summary>
    internal static DateTimeOffset? Instant(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var iso = text.Trim().Replace(' ', '+');
        if (iso.Length >= 10 && char.IsAsciiDigit(iso[0]) && iso[4] == '-' && iso[7] == '-'
            && DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        errors[field] = [$"'{text}' is not an ISO 8601 date or date and time (e.g. 2026-11-01 or 2026-11-01T09:30:00Z)"];
        return null;
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
