using Returns.Persistence.Providers;

namespace Returns.Orchestrator.Persistence;

public static class OrchestratorDatabaseExtensions
{
    /// <summary>The orchestrator's database from the "Database" section, migrated at start-up (before the bus).</summary>
    public static IHostApplicationBuilder AddOrchestratorDatabase(this IHostApplicationBuilder builder) =>
        builder.AddReturnsDatabase<OrchestratorDbContext, OrchestratorSqliteDbContext, OrchestratorPostgreSqlDbContext, OrchestratorSqlServerDbContext>();

    /// <summary>Registers <see cref="OrchestratorDbContext"/> as the provider's subclass, so the provider's migrations apply.</summary>
    public static IServiceCollection AddOrchestratorDbContext(this IServiceCollection services, DatabaseOptions database) =>
        services.AddReturnsDbContext<OrchestratorDbContext, OrchestratorSqliteDbContext, OrchestratorPostgreSqlDbContext, OrchestratorSqlServerDbContext>(database);
}
