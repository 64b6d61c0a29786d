using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Returns.Persistence.Providers;

namespace Returns.Labels.Data.DesignTime;

/// <summary>
/// Lets dotnet-ef build the PostgreSQL context without starting the service or reaching a server
/// (migrations add/script never connect; database update takes --connection).
/// </summary>
public sealed class LabelsPostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<LabelsPostgreSqlDbContext>
{
    public LabelsPostgreSqlDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LabelsPostgreSqlDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = "Host=127.0.0.1;Database=returns_labels" });
        return new LabelsPostgreSqlDbContext(options.Options);
    }
}
