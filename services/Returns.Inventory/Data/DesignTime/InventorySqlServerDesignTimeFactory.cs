using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Returns.Persistence.Providers;

namespace Returns.Inventory.Data.DesignTime;

/// <summary>
/// Lets dotnet-ef build the SQL Server context without starting the service or reaching a server
/// (migrations add/script never connect; database update takes --connection).
/// </summary>
public sealed class InventorySqlServerDesignTimeFactory : IDesignTimeDbContextFactory<InventorySqlServerDbContext>
{
    public InventorySqlServerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<InventorySqlServerDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=127.0.0.1;Database=ReturnsInventory;TrustServerCertificate=True" });
        return new InventorySqlServerDbContext(options.Options);
    }
}
