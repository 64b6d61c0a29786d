using MassTransit;
using MassTransit.Configuration;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Returns.Persistence.Sagas;

public static class EntityFrameworkSagaRepositoryExtensions
{
    /// <summary>
    /// Keeps the saga in <typeparamref name="TDbContext"/> (registered by the service, scoped), with an
    /// optimistic Version check. Conflicts surface as <see cref="DbUpdateConcurrencyException"/>: the
    /// endpoint's message retry must sit outside the in-memory outbox and handle them (the shared
    /// UseReturnsPipeline retry does).
    /// </summary>
    public static ISagaRegistrationConfigurator<TSaga> EntityFrameworkRepository<TSaga, TDbContext>(this ISagaRegistrationConfigurator<TSaga> saga)
        where TSaga : class, ISagaVersion
        where TDbContext : DbContext =>
        saga.Repository(repository =>
        {
            repository.RegisterLoadSagaRepository<TSaga, EntityFrameworkSagaRepositoryContextFactory<TSaga, TDbContext>>();
            repository.RegisterQuerySagaRepository<TSaga, EntityFrameworkSagaRepositoryContextFactory<TSaga, TDbContext>>();
            repository.RegisterSagaRepository<TSaga, DbContext, SagaConsumeContextFactory<DbContext, TSaga>, EntityFrameworkSagaRepositoryContextFactory<TSaga, TDbContext>>();
        });
}
