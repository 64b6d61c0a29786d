using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Returns.Contracts.Status;
using Returns.Orchestrator.Persistence;
using Returns.Orchestrator.StateMachines;

namespace Returns.Orchestrator.Queries;

/// <summary>
/// The saga rows a SearchReturns matches, newest first, as one query each provider can run: SQLite keeps
/// instants as text, so there they are compared and ordered as text.
/// </summary>
public static class ReturnSearch
{
    public static IQueryable<ReturnState> Matching(this OrchestratorDbContext db, SearchReturns search)
    {
        var returns = db.ReturnStates.AsNoTracking();
        if (!string.IsNullOrEmpty(search.State))
        {
            returns = returns.Where(s => s.CurrentState == search.State);
        }

        if (!string.IsNullOrEmpty(search.OrderNumber))
        {
            returns = returns.Where(s => s.OrderNumber == search.OrderNumber);
        }

        return db is OrchestratorSqliteDbContext
            ? RequestedWithinAsText(returns, search.From, search.To)
            : RequestedWithin(returns, search.From, search.To);
    }

    public static IOrderedQueryable<ReturnState> NewestFirst(this IQueryable<ReturnState> returns, OrchestratorDbContext db) => db is OrchestratorSqliteDbContext
        // SQLite keeps instants as text and EF will not order by DateTimeOffset there. Every instant is
        // written in UTC in one format, so the text sorts as the instant does.
        ? returns.OrderByDescending(s => s.RequestedAt.ToString()).ThenBy(s => s.CorrelationId)
        : returns.OrderByDescending(s => s.RequestedAt).ThenBy(s => s.CorrelationId);

    /// <summary>Requested at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    private static IQueryable<ReturnState> RequestedWithin(IQueryable<ReturnState> returns, DateTimeOffset? from, DateTimeOffset? to)
    {
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

    /// <summary>The same on SQLite, the bounds written in the text format every stored instant has.</summary>
    private static IQueryable<ReturnState> RequestedWithinAsText(IQueryable<ReturnState> returns, DateTimeOffset? from, DateTimeOffset? to)
    {
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

    // Microsoft.Data.Sqlite's own format for a DateTimeOffset, in UTC as every stored instant is.
    private static string SqliteText(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
