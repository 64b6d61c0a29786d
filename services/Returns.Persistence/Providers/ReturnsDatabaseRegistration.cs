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
    /// <summary>
    /// Registers the service's DbContext for the configured provider and migrates it at start-up.
    /// Call it before AddReturnsMessaging: hosted services start in order, so the schema is there before the bus.
    /// </summary>
    public static IHostApplicationBuilder AddReturnsDatabase<TContext, TSqlite, TPostgreSql, TSqlServer>(this IHostApplicationBuilder builder)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
        where TSqlServer : TContext
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        builder.Services.AddReturnsDbContext<TContext, TSqlite, TPostgreSql, TSqlServer>(database);
        builder.Services.AddHostedService<MigrateDatabaseOnStart<TContext>>();
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
