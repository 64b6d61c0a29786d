using Returns.Persistence.Providers;

namespace Returns.Inventory.Data.DesignTime;

/// <summary>dotnet-ef's way to the Sqlite context (see DesignTimeDbContextFactory).</summary>
public sealed class InventorySqliteDesignTimeFactory()
    : DesignTimeDbContextFactory<InventorySqliteDbContext>(DatabaseProvider.Sqlite, "Data Source=inventory.db");
