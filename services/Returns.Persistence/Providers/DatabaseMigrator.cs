using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Returns.Persistence.Providers;

/// <summary>Applies a service's pending migrations for the configured provider; used at start-up and by the migrate command.</summary>
public sealed class DatabaseMigrator<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TContext>> logger) : IDatabaseMigrator
    where TContext : DbContext
{
    public string Name => typeof(TContext).Name;

    /// <summary>Creates the context, which checks the configuration (provider, connection string) without connecting.</summary>
    public async Task EnsureConfiguredAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        _ = scope.ServiceProvider.GetRequiredService<TContext>();
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;

        // Replicas migrating together are serialized by EF Core's migration lock; the list is for the log.
        var pending = (await database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            logger.LogInformation("{Context} on {Provider} is up to date", Name, database.ProviderName);
            return [];
        }

        logger.LogInformation("Applying {Count} migration(s) to {Context} on {Provider}: {Migrations}", pending.Count, Name, database.ProviderName, string.Join(", ", pending));
        await database.MigrateAsync(cancellationToken);
        return pending;
    }
}
