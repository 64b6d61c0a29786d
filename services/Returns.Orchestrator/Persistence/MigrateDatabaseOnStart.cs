using Microsoft.EntityFrameworkCore;

namespace Returns.Orchestrator.Persistence;

/// <summary>
/// Brings the schema up to date when the service starts. Registered before the bus, so no message
/// meets an old schema; replicas starting together are serialized by EF Core's migration lock.
/// </summary>
public sealed class MigrateDatabaseOnStart(IServiceScopeFactory scopes, ILogger<MigrateDatabaseOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Database;

        var pending = (await database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) on {Provider}: {Migrations}", pending.Count, database.ProviderName, string.Join(", ", pending));
            await database.MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
