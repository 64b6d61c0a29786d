using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Returns.Inventory.Data;

namespace Returns.Inventory.Api;

public static class InventoryEndpoints
{
    /// <summary>GET /inventory/returning?returnId= — read-only, for tests and operators.</summary>
    public static IEndpointRouteBuilder MapInventoryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/inventory/returning", GetReturningAsync);
        return app;
    }

    private static async Task<Results<Ok<ReturningItemsView>, ProblemHttpResult>> GetReturningAsync(
        string? returnId,
        InventoryDbContext db,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(returnId, out var id) || id == Guid.Empty)
        {
            return TypedResults.Problem(
                title: "Invalid return id",
                detail: "The query parameter 'returnId' must be a non-empty GUID.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var rows = await db.ReturningItems.AsNoTracking()
            .Where(item => item.ReturnId == id)
            .OrderBy(item => item.Id)
            .ToListAsync(cancellationToken);

        var items = rows.Select(item => new ReturningItemView(item.Sku, item.Quantity, item.Status.ToString(), item.MarkedAt, item.RevertedAt)).ToList();
        var units = rows.Where(item => item.Status == ReturningItemStatus.Returning).Sum(item => item.Quantity);
        return TypedResults.Ok(new ReturningItemsView(id, units, items));
    }
}
