using MassTransit;
using Microsoft.EntityFrameworkCore;
using Returns.Contracts.Escalations;
using Returns.Hosting.Messaging;
using Returns.Orchestrator.Persistence;
using Returns.Orchestrator.StateMachines;

namespace Returns.Orchestrator.Queries;

/// <summary>Answers ListEscalations from the saga store: the open tickets, oldest first.</summary>
public sealed class ListEscalationsConsumer(OrchestratorDbContext db) : IConsumer<ListEscalations>
{
    public async Task Consume(ConsumeContext<ListEscalations> context)
    {
        var list = context.Message;
        if (list.Page < 1 || list.PageSize is < 1 or > SearchReturnsConsumer.MaxPageSize)
        {
            throw new BadMessageException($"Page must be 1 or more and PageSize 1..{SearchReturnsConsumer.MaxPageSize}; got page {list.Page}, size {list.PageSize}.");
        }

        var open = db.ReturnStates.AsNoTracking().Where(s => s.EscalationId != null);
        var total = await open.CountAsync(context.CancellationToken);
        var page = await OldestFirst(open)
            .Skip((list.Page - 1) * list.PageSize)
            .Take(list.PageSize)
            .ToListAsync(context.CancellationToken);

        var items = page.Select(s => new EscalationSummary(
                s.EscalationId!.Value, s.CorrelationId, s.OrderNumber, s.EscalationKind ?? EscalationKind.Attention, s.CurrentState,
                s.StatusReason, s.FailedStep, s.EscalatedAt!.Value, s.EscalationRemindAt!.Value, s.EscalationExpiresAt!.Value, s.EscalationReminded))
            .ToList();
        await context.RespondAsync(new EscalationsPage(items, list.Page, list.PageSize, total));
    }

    // As in SearchReturnsConsumer: SQLite orders the UTC text, which sorts as the instant does.
    private IOrderedQueryable<ReturnState> OldestFirst(IQueryable<ReturnState> open) => db is OrchestratorSqliteDbContext
        ? open.OrderBy(s => s.EscalatedAt.ToString()).ThenBy(s => s.CorrelationId)
        : open.OrderBy(s => s.EscalatedAt).ThenBy(s => s.CorrelationId);
}
