using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Returns.Persistence.Providers;

namespace Returns.Labels.Data.DesignTime;

/// <summary>
/// Lets dotnet-ef build the SQLite context without starting the service or reaching a server
/// (migrations add/script never connect; database update takes --connection).
/// </summary>
public sealed class LabelsSqliteDesignTimeFactory : IDesignTimeDbContextFactory<LabelsSqliteDbContext>
{
    public LabelsSqliteDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LabelsSqliteDbContext>();
        options.UseReturnsDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=labels.db" });
        return new LabelsSqliteDbContext(options.Options);
    }
}
