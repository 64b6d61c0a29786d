using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Returns.Persistence.Providers;

namespace Returns.Labels.Data.DesignTime;

/// <summary>
/// Lets dotnet-ef build the SQL Server context without starting the service or reaching a server
/// (migrations add/script never connect; database update takes --connection).
/// </summary>
public sealed class LabelsSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<LabelsSqlServerDbContext>
{
    public LabelsSqlServerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LabelsSqlServerDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=127.0.0.1;Database=ReturnsLabels;TrustServerCertificate=True" });
        return new LabelsSqlServerDbContext(options.Options);
    }
}
