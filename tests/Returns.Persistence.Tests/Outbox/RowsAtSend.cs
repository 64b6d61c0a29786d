using System.Collections.Concurrent;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Returns.Persistence.Outbox;

namespace Returns.Persistence.Tests.Outbox;

/// <summary>
/// Looks in the database, from a connection of its own, the moment a message reaches the transport:
/// was its outbox row still there? It must be, or a crash right then would have lost the message.
/// </summary>
public sealed class RowsAtSend(IServiceProvider services) : ISendObserver
{
    private readonly ConcurrentDictionary<Guid, int> rows = new();

    public int? Of(Guid messageId) => rows.TryGetValue(messageId, out var count) ? count : null;

    public async Task PreSend<T>(SendContext<T> context)
        where T : class
    {
        if (context.MessageId is not { } id)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        rows[id] = await db.Set<OutboxMessage>().CountAsync(x => x.MessageId == id);
    }

    public Task PostSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
