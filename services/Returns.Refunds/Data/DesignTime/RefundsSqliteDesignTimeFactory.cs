using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Returns.Persistence.Providers;

namespace Returns.Refunds.Data.DesignTime;

/// <summary>
/// Lets dotnet-ef build the SQLite context without starting the service or reaching a server
/// (migrations add/script never connect; database update takes --connection).
/// </summary>
public sealed class RefundsSqliteDesignTimeFactory : IDesignTimeDbContextFactory<RefundsSqliteDbContext>
{
    public RefundsSqliteDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RefundsSqliteDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=refunds.db" });
        return new RefundsSqliteDbContext(options.Options);
    }
}
