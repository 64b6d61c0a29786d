using MassTransit;
using Microsoft.EntityFrameworkCore;
using Returns.Contracts.Status;
using Returns.Hosting.Messaging;
using Returns.Orchestrator.Persistence;

namespace Returns.Orchestrator.Queries;

/// <summary>Answers SearchReturns from the saga store: newest first, filtered by state, order number and when requested.</summary>
public sealed class SearchReturnsConsumer(OrchestratorDbContext db) : IConsumer<SearchReturns>
{
    public const int MaxPageSize = 100;

    public async Task Consume(ConsumeContext<SearchReturns> context)
    {
        var search = context.Message;
        if (search.Page < 1 || search.PageSize is < 1 or > MaxPageSize)
        {
            throw new BadMessageException($"Page must be 1 or more and PageSize 1..{MaxPageSize}; got page {search.Page}, size {search.PageSize}.");
        }

        if (search.From is { } from && search.To is { } to && from >= to)
        {
            throw new BadMessageException($"From must come before To; got {from:O} and {to:O}.");
        }

        var returns = db.Matching(search);
        var total = await returns.CountAsync(context.CancellationToken);
        var items = await returns.NewestFirst(db)
            .Skip((search.Page - 1) * search.PageSize)
            .Take(search.PageSize)
            .Select(s => new ReturnSummary(s.CorrelationId, s.CurrentState, s.OrderNumber, s.RequestedAt, s.UpdatedAt, s.StatusReason))
            .ToListAsync(context.CancellationToken);

        await context.RespondAsync(new ReturnsPage(items, search.Page, search.PageSize, total));
    }
}
