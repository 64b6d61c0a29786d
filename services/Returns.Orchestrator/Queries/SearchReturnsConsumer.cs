using System.Globalization;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Returns.Contracts.Status;
using Returns.Hosting.Messaging;
using Returns.Orchestrator.Persistence;
using Returns.Orchestrator.StateMachines;

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

        var returns = db.ReturnStates.AsNoTracking();
        if (!string.IsNullOrEmpty(search.State))
        {
            returns = returns.Where(s => s.CurrentState == search.State);
        }

        if (!string.IsNullOrEmpty(search.OrderNumber))
        {
            returns = returns.Where(s => s.OrderNumber == search.OrderNumber);
        }

        if (search.From is { } from && search.To is { } to && from >= to)
        {
            throw new BadMessageException($"From must come before To; got {from:O} and {to:O}.");
        }

        returns = RequestedWithin(returns, search.From, search.To);
        var total = await returns.CountAsync(context.CancellationToken);
        var items = await NewestFirst(returns)
            .Skip((search.Page - 1) * search.PageSize)
            .Take(search.PageSize)
            .Select(s => new ReturnSummary(s.CorrelationId, s.CurrentState, s.OrderNumber, s.RequestedAt, s.UpdatedAt, s.StatusReason))
            .ToListAsync(context.CancellationToken);

        await context.RespondAsync(new ReturnsPage(items, search.Page, search.PageSize, total));
    }

    /// <summary>Returns requested at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    private IQueryable<ReturnState> RequestedWithin(IQueryable<ReturnState> returns, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (db is OrchestratorSqliteDbContext)
        {
            // Compared as the text SQLite holds (see NewestFirst), the bounds written in the same UTC format.
            if (from is not null)
            {
                var text = SqliteText(from.Value);
                returns = returns.Where(s => string.Compare(s.RequestedAt.ToString(), text) >= 0);
            }

            if (to is not null)
            {
                var text = SqliteText(to.Value);
                returns = returns.Where(s => string.Compare(s.RequestedAt.ToString(), text) < 0);
            }

            return returns;
        }

        if (from is not null)
        {
            var utc = from.Value.ToUniversalTime();
            returns = returns.Where(s => s.RequestedAt >= utc);
        }

        if (to is not null)
        {
            var utc = to.Value.ToUniversalTime();
            returns = returns.Where(s => s.RequestedAt < utc);
        }

        return returns;
    }

    // Microsoft.Data.Sqlite's own format for a DateTimeOffset, in UTC as every stored instant is.
    private static string SqliteText(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private IOrderedQueryable<ReturnState> NewestFirst(IQueryable<ReturnState> returns) => db is OrchestratorSqliteDbContext
        // SQLite keeps instants as text and EF will not order by DateTimeOffset there. Every instant is
        // written in UTC in one format, so the text sorts as the instant does.
        ? returns.OrderByDescending(s => s.RequestedAt.ToString()).ThenBy(s => s.CorrelationId)
        : returns.OrderByDescending(s => s.RequestedAt).ThenBy(s => s.CorrelationId);
}
