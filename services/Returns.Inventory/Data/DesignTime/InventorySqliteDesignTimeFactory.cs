using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Returns.Persistence.Providers;

namespace Returns.Inventory.Data.DesignTime;

/// <summary>
/// Lets dotnet-ef build the SQLite context without starting the service or reaching a server
/// (migrations add/script never connect; database update takes --connection).
/// </summary>
public sealed class InventorySqliteDesignTimeFactory : IDesignTimeDbContextFactory<InventorySqliteDbContext>
{
    public InventorySqliteDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<InventorySqliteDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=inventory.db" });
        return new InventorySqliteDbContext(options.Options);
    }
}
