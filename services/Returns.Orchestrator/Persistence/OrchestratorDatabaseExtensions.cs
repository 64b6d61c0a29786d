using Returns.Persistence.Providers;

namespace Returns.Orchestrator.Persistence;

public static class OrchestratorDatabaseExtensions
{
    /// <summary>
    /// The orchestrator's database from the "Database" section, migrated at start-up. Call it before
    /// AddReturnsMessaging: hosted services start in order, so the schema is there before the bus.
    /// </summary>
    public static IHostApplicationBuilder AddOrchestratorDatabase(this IHostApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        builder.Services.AddOrchestratorDbContext(database);
        builder.Services.AddHostedService<MigrateDatabaseOnStart>();
        return builder;
    }

    /// <summary>Registers <see cref="OrchestratorDbContext"/> as the provider's subclass, so the provider's migrations apply.</summary>
    public static IServiceCollection AddOrchestratorDbContext(this IServiceCollection services, DatabaseOptions database) =>
        database.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContext<OrchestratorDbContext, OrchestratorSqliteDbContext>(options => options.UseReturnsDatabase(database)),
            DatabaseProvider.PostgreSql => services.AddDbContext<OrchestratorDbContext, OrchestratorPostgreSqlDbContext>(options => options.UseReturnsDatabase(database)),
            DatabaseProvider.SqlServer => services.AddDbContext<OrchestratorDbContext, OrchestratorSqlServerDbContext>(options => options.UseReturnsDatabase(database)),
            _ => throw new InvalidOperationException($"Unknown database provider '{database.Provider}'."),
        };
}
