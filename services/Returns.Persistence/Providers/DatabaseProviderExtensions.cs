using Microsoft.EntityFrameworkCore;

namespace Returns.Persistence.Providers;

public static class DatabaseProviderExtensions
{
    /// <summary>
    /// Points a DbContext at the configured provider. Migrations live in the service's assembly,
    /// one set per provider (see each service's Migrations/{Provider} folder).
    /// </summary>
    public static DbContextOptionsBuilder UseReturnsDatabase(this DbContextOptionsBuilder options, DatabaseOptions database, string? migrationsAssembly = null)
    {
        if (string.IsNullOrWhiteSpace(database.ConnectionString))
        {
            throw new InvalidOperationException($"Configuration '{DatabaseOptions.Section}:ConnectionString' is required for provider {database.Provider}.");
        }

        return database.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(database.ConnectionString, sql => sql.MigrationsAssembly(migrationsAssembly)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(database.ConnectionString, sql => sql.MigrationsAssembly(migrationsAssembly)),
            DatabaseProvider.SqlServer => options.UseSqlServer(database.ConnectionString, sql => sql.MigrationsAssembly(migrationsAssembly)),
            _ => throw new InvalidOperationException($"Unknown database provider '{database.Provider}'."),
        };
    }
}
