using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Returns.Persistence.Providers;

namespace Returns.Refunds.Data.DesignTime;

/// <summary>
/// Lets dotnet-ef build the SQL Server context without starting the service or reaching a server
/// (migrations add/script never connect; database update takes --connection).
/// </summary>
public sealed class RefundsSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<RefundsSqlServerDbContext>
{
    public RefundsSqlServerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RefundsSqlServerDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=127.0.0.1;Database=ReturnsRefunds;TrustServerCertificate=True" });
        return new RefundsSqlServerDbContext(options.Options);
    }
}
