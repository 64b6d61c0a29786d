using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Returns.Persistence.Providers;

/// <summary>
/// How a service gets its database: one abstract DbContext, one subclass per provider carrying that
/// provider's migrations (Migrations/{Sqlite,PostgreSql,SqlServer}), chosen by the "Database" section.
/// </summary>
public static class ReturnsDatabaseRegistration
{
    /// <summary>The tag /health/ready selects checks by (Returns.Hosting's MapServiceDefaults).</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Registers the service's DbContext for the configured provider, its migrator (the migrate command) and
    /// the start-up migration (Database:MigrateOnStart) and a "database" health check tagged "ready", so
    /// /health/ready answers 503 while the database cannot be reached. Call it before AddReturnsMessaging:
    /// hosted services start in order, so the schema is there before the bus.
    /// </summary>
    public static IHostApplicationBuilder AddReturnsDatabase<TContext, TSqlite, TPostgreSql, TSqlServer>(this IHostApplicationBuilder builder)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
        where TSqlServer : TContext
    {
        if (DatabaseOptions.TryRead(builder.Configuration, out var database, out var problem))
        {
            builder.Services.AddReturnsDbContext<TContext, TSqlite, TPostgreSql, TSqlServer>(database);
        }
        else
        {
            // Not thrown here, before the migrate command could catch it: the context fails where it is first
            // made, so the start-up check stops the service and the migrate command reports it in one line.
            builder.Services.AddDbContext<TContext, TSqlite>(_ => throw new InvalidOperationException(problem));
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: [ReadyTag]);
        builder.Services.AddSingleton<DatabaseMigrator<TContext>>();
        builder.Services.AddSingleton<IDatabaseMigrator>(services => services.GetRequiredService<DatabaseMigrator<TContext>>());
        builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<MigrateDatabaseOnStart<TContext>>(
            services, services.GetRequiredService<DatabaseMigrator<TContext>>(), database.MigrateOnStart));
        return builder;
    }

    /// <summary>Registers <typeparamref name="TContext"/> as the configured provider's subclass, so that provider's migrations apply.</summary>
    public static IServiceCollection AddReturnsDbContext<TContext, TSqlite, TPostgreSql, TSqlServer>(this IServiceCollection services, DatabaseOptions database)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
        where TSqlServer : TContext =>
        database.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContext<TContext, TSqlite>(options => options.UseReturnsDatabase(database)),
            DatabaseProvider.PostgreSql => services.AddDbContext<TContext, TPostgreSql>(options => options.UseReturnsDatabase(database)),
            DatabaseProvider.SqlServer => services.AddDbContext<TContext, TSqlServer>(options => options.UseReturnsDatabase(database)),
            _ => throw new InvalidOperationException($"Unknown database provider '{database.Provider}'."),
        };
}
