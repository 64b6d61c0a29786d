using Microsoft.EntityFrameworkCore;

namespace Returns.Inventory.Data;

public static class InventoryDatabaseExtensions
{
    public const string ConnectionStringName = "Inventory";

    /// <summary>The SQLite database named by ConnectionStrings:Inventory (default inventory.db), created at startup. Call before AddReturnsMessaging.</summary>
    public static IHostApplicationBuilder AddInventoryDatabase(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName) ?? "Data Source=inventory.db";
        builder.Services.AddDbContext<InventoryDbContext>(options => options.UseSqlite(connectionString));
        builder.Services.AddHostedService<InventorySchemaInitializer>();
        return builder;
    }
}
