using Returns.Persistence.Providers;

namespace Returns.Inventory.Data.DesignTime;

/// <summary>dotnet-ef's way to the SqlServer context (see DesignTimeDbContextFactory).</summary>
public sealed class InventorySqlServerDesignTimeFactory()
    : DesignTimeDbContextFactory<InventorySqlServerDbContext>(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=ReturnsInventory;TrustServerCertificate=True");
