using Microsoft.AspNetCore.Http.HttpResults;

namespace Returns.Api.Returns;

/// <summary>Parses the {id} route value so a malformed id gets a 400 that says so, not a bare 404.</summary>
public static class ReturnIds
{
    public static bool TryParse(string id, out Guid returnId, out ValidationProblem? problem)
    {
        problem = null;
        if (Guid.TryParse(id, out returnId) && returnId != Guid.Empty)
        {
            return true;
        }

        problem = TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["id"] = [$"'{id}' is not a return id (a non-empty GUID)."] });
        return false;
    }
}
