using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Returns.Persistence.Providers;

/// <summary>
/// Brings a service's schema up to date when it starts (Database:MigrateOnStart, default true). Registered
/// before the bus, so no message meets an old schema. With MigrateOnStart false the schema is left to the
/// migrate command, but a misconfigured Database section still stops the start here.
/// </summary>
public sealed class MigrateDatabaseOnStart<TContext>(DatabaseMigrator<TContext> migrator, bool migrateOnStart, ILogger<MigrateDatabaseOnStart<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (migrateOnStart)
        {
            await migrator.MigrateAsync(cancellationToken);
            return;
        }

        await migrator.EnsureConfiguredAsync();
        logger.LogInformation("{Context}: Database:MigrateOnStart is false, leaving the schema to the migrate command", migrator.Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
