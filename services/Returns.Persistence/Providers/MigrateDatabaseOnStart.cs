using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Returns.Persistence.Providers;

/// <summary>
/// Brings a service's schema up to date when it starts. Registered before the bus, so no message
/// meets an old schema; replicas starting together are serialized by EF Core's migration lock.
/// </summary>
public sealed class MigrateDatabaseOnStart<TContext>(IServiceScopeFactory scopes, ILogger<MigrateDatabaseOnStart<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;

        var pending = (await database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) on {Provider}: {Migrations}", pending.Count, database.ProviderName, string.Join(", ", pending));
            await database.MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
