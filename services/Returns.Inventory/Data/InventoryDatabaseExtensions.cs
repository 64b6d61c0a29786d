using Returns.Persistence.Providers;

namespace Returns.Inventory.Data;

public static class InventoryDatabaseExtensions
{
    /// <summary>The Inventory database from the "Database" section (default SQLite inventory.db), migrated at start-up. Call before AddReturnsMessaging.</summary>
    public static IHostApplicationBuilder AddInventoryDatabase(this IHostApplicationBuilder builder) =>
        builder.AddReturnsDatabase<InventoryDbContext, InventorySqliteDbContext, InventoryPostgreSqlDbContext, InventorySqlServerDbContext>();

    /// <summary>Registers <see cref="InventoryDbContext"/> as the provider's subclass, so the provider's migrations apply.</summary>
    public static IServiceCollection AddInventoryDbContext(this IServiceCollection services, DatabaseOptions database) =>
        services.AddReturnsDbContext<InventoryDbContext, InventorySqliteDbContext, InventoryPostgreSqlDbContext, InventorySqlServerDbContext>(database);
}
