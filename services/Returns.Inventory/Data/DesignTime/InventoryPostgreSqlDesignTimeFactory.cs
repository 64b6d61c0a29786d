using Returns.Persistence.Providers;

namespace Returns.Inventory.Data.DesignTime;

/// <summary>dotnet-ef's way to the PostgreSql context (see DesignTimeDbContextFactory).</summary>
public sealed class InventoryPostgreSqlDesignTimeFactory()
    : DesignTimeDbContextFactory<InventoryPostgreSqlDbContext>(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=returns_inventory");
