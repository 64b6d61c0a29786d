using MassTransit;
using MassTransit.Context;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Returns.Persistence.Sagas;

/// <summary>
/// The saga instance's storage as one message sees it: MassTransit calls Insert or Load, runs the
/// behaviour, then exactly one of Update, Delete, Undo (or Save/Discard for a new instance). Runs
/// inside the transaction the factory opened.
/// </summary>
public sealed class EntityFrameworkSagaRepositoryContext<TSaga, TMessage>
    : ConsumeContextScope<TMessage>, SagaRepositoryContext<TSaga, TMessage>
    where TSaga : class, ISagaVersion
    where TMessage : class
{
    private readonly DbContext dbContext;
    private readonly ConsumeContext<TMessage> consumeContext;
    private readonly ISagaConsumeContextFactory<DbContext, TSaga> factory;

    public EntityFrameworkSagaRepositoryContext(DbContext dbContext, ConsumeContext<TMessage> consumeContext, ISagaConsumeContextFactory<DbContext, TSaga> factory)
        : base(consumeContext)
    {
        this.dbContext = dbContext;
        this.consumeContext = consumeContext;
        this.factory = factory;
    }

    private DbSet<TSaga> Sagas => dbContext.Set<TSaga>();

    /// <summary>A new instance the behaviour may still finalize at once; written by Save, forgotten by Discard.</summary>
    public Task<SagaConsumeContext<TSaga, TMessage>> Add(TSaga instance) =>
        factory.CreateSagaConsumeContext(dbContext, consumeContext, instance, SagaConsumeContextMode.Add);

    /// <summary>
    /// Writes the instance before the behaviour runs (InsertOnInitial). Answers null when the row is
    /// there already, so MassTransit loads the existing one instead: the same initiating message twice
    /// starts one saga.
    /// </summary>
    public async Task<SagaConsumeContext<TSaga, TMessage>> Insert(TSaga instance)
    {
        var entry = Sagas.Add(instance);

        // The one save that may fail and the transaction go on: inside a transaction EF Core then sets a
        // savepoint around SaveChanges and rolls back to it on failure, so the transaction stays usable for
        // the Load that follows (PostgreSQL would otherwise refuse every later statement). Our transactions
        // turn automatic savepoints off everywhere else (ReadCommittedTransactions).
        var savepoints = dbContext.Database.AutoSavepointsEnabled;
        dbContext.Database.AutoSavepointsEnabled = true;
        try
        {
            await dbContext.SaveChangesAsync(CancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            // Most likely the duplicate key; anything else fails again on the Save that follows Missing.
            entry.State = EntityState.Detached;
            LogContext.Debug?.Log(exception, "Saga {SagaType} {CorrelationId} exists already; loading it", typeof(TSaga).Name, instance.CorrelationId);
            return null!;
        }
        finally
        {
            dbContext.Database.AutoSavepointsEnabled = savepoints;
        }

        return await factory.CreateSagaConsumeContext(dbContext, consumeContext, instance, SagaConsumeContextMode.Insert);
    }

    public async Task<SagaConsumeContext<TSaga, TMessage>> Load(Guid correlationId)
    {
        var instance = await Sagas.SingleOrDefaultAsync(saga => saga.CorrelationId == correlationId, CancellationToken);
        return instance is null
            ? null!
            : await factory.CreateSagaConsumeContext(dbContext, consumeContext, instance, SagaConsumeContextMode.Load);
    }

    public async Task Save(SagaConsumeContext<TSaga> context)
    {
        // A concurrent first message for the same id makes this fail on the key; message retry then
        // finds the instance the other one created.
        Sagas.Add(context.Saga);
        await dbContext.SaveChangesAsync(CancellationToken);
    }

    public async Task Update(SagaConsumeContext<TSaga> context)
    {
        // Every write moves the version on, even one that changed nothing else: the UPDATE then
        // carries "WHERE Version = <read>", and whoever acted on an older copy gets
        // DbUpdateConcurrencyException and is retried with the fresh state.
        context.Saga.Version++;
        await dbContext.SaveChangesAsync(CancellationToken);
    }

    public async Task Delete(SagaConsumeContext<TSaga> context)
    {
        // The DELETE checks the version as well, so a saga finalized on a stale copy is retried too.
        Sagas.Remove(context.Saga);
        await dbContext.SaveChangesAsync(CancellationToken);
    }

    /// <summary>Nothing was written for an added instance, so there is nothing to take back.</summary>
    public Task Discard(SagaConsumeContext<TSaga> context) => Task.CompletedTask;

    /// <summary>
    /// A read-only event: whatever the behaviour touched is dropped, so no later SaveChanges in this
    /// scope (an outbox's, say) writes it.
    /// </summary>
    public Task Undo(SagaConsumeContext<TSaga> context)
    {
        dbContext.Entry(context.Saga).State = EntityState.Detached;
        return Task.CompletedTask;
    }

    public Task<SagaConsumeContext<TSaga, T>> CreateSagaConsumeContext<T>(ConsumeContext<T> consumeContext, TSaga instance, SagaConsumeContextMode mode)
        where T : class =>
        factory.CreateSagaConsumeContext(dbContext, consumeContext, instance, mode);
}
