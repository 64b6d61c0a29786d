using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Returns.Persistence.Providers;

namespace Returns.Refunds.Data.DesignTime;

/// <summary>
/// Lets dotnet-ef build the PostgreSQL context without starting the service or reaching a server
/// (migrations add/script never connect; database update takes --connection).
/// </summary>
public sealed class RefundsPostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<RefundsPostgreSqlDbContext>
{
    public RefundsPostgreSqlDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RefundsPostgreSqlDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = "Host=127.0.0.1;Database=returns_refunds" });
        return new RefundsPostgreSqlDbContext(options.Options);
    }
}
