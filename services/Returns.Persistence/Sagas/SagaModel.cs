using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Returns.Persistence.Sagas;

/// <summary>Checks that a DbContext maps a saga the way the repository relies on: keyed by CorrelationId, Version a concurrency token.</summary>
internal static class SagaModel
{
    public static void EnsureMapped<TSaga>(DbContext dbContext)
        where TSaga : class, ISagaVersion
    {
        var entity = dbContext.Model.FindEntityType(typeof(TSaga))
            ?? throw new InvalidOperationException($"{dbContext.GetType().Name} does not map the saga {typeof(TSaga).Name}.");

        var key = entity.FindPrimaryKey();
        if (key is null || key.Properties.Count != 1 || key.Properties[0].Name != nameof(ISaga.CorrelationId))
        {
            throw new InvalidOperationException($"The saga {typeof(TSaga).Name} must be keyed by {nameof(ISaga.CorrelationId)} alone.");
        }

        // Without the token two replicas would both write their copy and the later one would win silently.
        if (entity.FindProperty(nameof(ISagaVersion.Version)) is not { IsConcurrencyToken: true })
        {
            throw new InvalidOperationException(
                $"The saga {typeof(TSaga).Name} must configure {nameof(ISagaVersion.Version)} as a concurrency token (Property(x => x.Version).IsConcurrencyToken()).");
        }
    }
}
