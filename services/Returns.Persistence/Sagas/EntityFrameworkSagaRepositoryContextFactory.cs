using MassTransit;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Returns.Persistence.Sagas;

/// <summary>
/// MassTransit's entry to the saga table of a service's own DbContext (scoped: one per message):
/// a message gets a ReadCommitted transaction around load, behaviour and write; the test harness and
/// status queries get plain reads.
/// </summary>
public sealed class EntityFrameworkSagaRepositoryContextFactory<TSaga, TDbContext>(
    TDbContext dbContext,
    ISagaConsumeContextFactory<DbContext, TSaga> consumeContextFactory)
    : ISagaRepositoryContextFactory<TSaga>, ILoadSagaRepositoryContextFactory<TSaga>, IQuerySagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISagaVersion
    where TDbContext : DbContext
{
    private bool checkedModel;

    public Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class
    {
        var repositoryContext = CreateRepositoryContext(context);
        return SagaTransaction.Run(dbContext, () => next.Send(repositoryContext), context.CancellationToken);
    }

    /// <summary>For events correlated by an expression rather than by id: every matching instance, read inside the message's transaction.</summary>
    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class
    {
        var repositoryContext = CreateRepositoryContext(context);
        return SagaTransaction.Run(dbContext, async () =>
        {
            var instances = await dbContext.Set<TSaga>().Where(query.FilterExpression).ToListAsync(context.CancellationToken);
            await next.Send(new LoadedSagaRepositoryQueryContext<TSaga, T>(repositoryContext, instances));
        }, context.CancellationToken);
    }

    public Task<T> Execute<T>(Func<LoadSagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class
    {
        EnsureModel();
        return asyncMethod(new EntityFrameworkSagaQueryContext<TSaga>(dbContext, cancellationToken));
    }

    public Task<T> Execute<T>(Func<QuerySagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class
    {
        EnsureModel();
        return asyncMethod(new EntityFrameworkSagaQueryContext<TSaga>(dbContext, cancellationToken));
    }

    public void Probe(ProbeContext context)
    {
        context.Add("persistence", "entity-framework-core");
        context.Add("dbContext", typeof(TDbContext).Name);
        context.Add("provider", dbContext.Database.ProviderName ?? "unknown");
    }

    private EntityFrameworkSagaRepositoryContext<TSaga, T> CreateRepositoryContext<T>(ConsumeContext<T> context)
        where T : class
    {
        EnsureModel();
        return new EntityFrameworkSagaRepositoryContext<TSaga, T>(dbContext, context, consumeContextFactory);
    }

    private void EnsureModel()
    {
        if (!checkedModel)
        {
            SagaModel.EnsureMapped<TSaga>(dbContext);
            checkedModel = true;
        }
    }
}
