using MassTransit;
using MassTransit.DependencyInjection;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using MassTransit.Transports;
using Microsoft.EntityFrameworkCore;

namespace Returns.Persistence.Outbox;

/// <summary>
/// The scoped IPublishEndpoint / ISendEndpointProvider outside a consumer (an API request, a
/// background job): what is sent becomes OutboxMessage rows of one OutboxState batch, saved by the
/// caller's own SaveChanges on the same scoped DbContext, and delivered by the delivery service.
/// Nothing is sent if the caller never saves.
/// </summary>
public sealed class DbContextScopedBusContext<TDbContext> : ScopedBusContext, OutboxSendContext
    where TDbContext : DbContext
{
    private readonly TDbContext db;
    private readonly TimeProvider time;
    private readonly IServiceProvider provider;
    private readonly Lock capture = new();
    private OutboxState? batch;

    public DbContextScopedBusContext(IBus bus, TDbContext db, TimeProvider time, OutboxDeliverySignal signal, IScopedClientFactory clientFactory, IServiceProvider provider)
    {
        this.db = db;
        this.time = time;
        this.provider = provider;
        ClientFactory = clientFactory;
        SendEndpointProvider = new OutboxSendEndpointProvider(this, bus);
        PublishEndpoint = new PublishEndpoint(new OutboxPublishEndpointProvider(this, bus));
        db.SavedChanges += (_, _) =>
        {
            if (batch is not null)
            {
                signal.Set();
            }
        };
    }

    public ISendEndpointProvider SendEndpointProvider { get; }
    public IPublishEndpoint PublishEndpoint { get; }

    /// <summary>Requests wait for a response, which an outbox cannot give: they go straight to the bus.</summary>
    public IScopedClientFactory ClientFactory { get; }

    public Task AddSend<T>(SendContext<T> context)
        where T : class
    {
        var now = time.GetUtcNow();
        var message = context.ToOutboxMessage(now);
        lock (capture)
        {
            // A batch already saved is closed: sends after that SaveChanges start the next one.
            if (batch is null || db.Entry(batch).State != EntityState.Added)
            {
                batch = new OutboxState { OutboxId = NewId.NextGuid(), Created = now };
                db.Add(batch);
            }

            message.OutboxId = batch.OutboxId;
            db.Add(message);
        }

        return Task.CompletedTask;
    }

    public object? GetService(Type serviceType) => provider.GetService(serviceType);
}
